using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PostCatalog.Api.Tests.Infrastructure;
using PostCatalog.GraphQL.AspNetCore;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.Api.Tests.Http;

/// <summary>
/// The engine's endpoint on a small schema in a test server, for what the catalog cannot show on demand: a resolver
/// that throws (the client sees "Unexpected Execution Error", the log has the exception and the request id) and one
/// that never finishes (HC0045 after "GraphQL:Execution:ExecutionTimeout").
/// </summary>
public sealed class EngineHostTests : IAsyncLifetime
{
    private const string Secret = "connection string Password=hunter2 at /srv/secret.db";
    private readonly CapturingLoggerProvider _logs = new();
    private WebApplication _app = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders().AddProvider(_logs);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["GraphQL:Execution:ExecutionTimeout"] = "00:00:00.300" })
            .Build();
        builder.Services.AddGraphQLServer(_ => SchemaBuilder.FromSdl("type Query { ok: Int broken: Int endless: Int }")
            .BindResolver("Query.ok", _ => 1)
            .BindResolver("Query.broken", _ => throw new InvalidOperationException(Secret))
            .BindResolver("Query.endless", async ctx => { await Task.Delay(Timeout.Infinite, ctx.RequestAborted); return (object?)0; })
            .Build(), configuration);
        _app = builder.Build();
        _app.MapGraphQL();
        await _app.StartAsync();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_resolver_exception_reaches_the_log_with_the_request_id_and_never_the_client()
    {
        var client = _app.GetTestClient();

        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = System.Net.Http.Json.JsonContent.Create(new { query = "{ ok broken }" }) };
        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var next = await client.PostGraphQLAsync("{ ok }");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"errors":[{"message":"Unexpected Execution Error","locations":[{"line":1,"column":6}],"path":["broken"]}],"data":{"ok":1,"broken":null}}""", text);
        Assert.DoesNotContain("hunter2", text);
        var logged = Assert.Single(_logs.Entries, e => e.Level == LogLevel.Error);
        Assert.Contains(Secret, logged.Exception?.Message);
        Assert.Contains("broken", logged.Message);
        Assert.Matches("request [0-9A-Z:]+", logged.Message);
        Assert.Equal(1, next.DataWithoutErrors()["ok"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_request_over_the_execution_timeout_gets_HC0045_and_the_next_request_is_answered()
    {
        var client = _app.GetTestClient();

        var timedOut = await client.PostGraphQLAsync("{ endless }");
        var next = await client.PostGraphQLAsync("{ ok }");

        Assert.Equal(HttpStatusCode.BadRequest, timedOut.Status);
        Assert.Equal("HC0045", timedOut.FirstErrorCode);
        Assert.Equal("The request exceeded the configured timeout of `00:00:00.3000000`.", timedOut.Errors![0]!["message"]!.GetValue<string>());
        Assert.Null(timedOut.Data);
        Assert.Equal(1, next.DataWithoutErrors()["ok"]!.GetValue<int>());
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<(LogLevel Level, string Message, Exception? Exception)> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void Dispose() { }

        private sealed class Logger(CapturingLoggerProvider owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
            public bool IsEnabled(LogLevel logLevel) => true;
            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                owner.Entries.Enqueue((logLevel, formatter(state, exception), exception));
        }
    }
}
