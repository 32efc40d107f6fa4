using Microsoft.Extensions.Logging;
using PostCatalog.Api.Tests.Http;
using PostCatalog.Api.Tests.Infrastructure;

namespace PostCatalog.Api.Tests.Reliability;

/// <summary>The API with EF Core's command log turned up to Debug, as an operator would to see the SQL.</summary>
public sealed class SqlDebugLogApiFactory : LogCapturingApiFactory
{
    public SqlDebugLogApiFactory() => Settings["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "Debug";
}

/// <summary>SQL statements are logged at Debug (EF Core's "Microsoft.EntityFrameworkCore.Database.Command"), so not by default.</summary>
public sealed class SqlLoggingTests
{
    private const string CommandCategory = "Microsoft.EntityFrameworkCore.Database.Command";

    [Fact]
    public async Task By_default_no_SQL_reaches_the_log()
    {
        using var api = new LogCapturingApiFactory();
        var client = api.CreateClient();

        (await client.PostGraphQLAsync(HttpRequests.SmallQuery)).DataWithoutErrors();

        Assert.DoesNotContain(api.Log.Entries, e => e.Category == CommandCategory || e.Message.Contains("SELECT", StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_the_command_category_at_Debug_each_statement_is_logged_at_Debug()
    {
        using var api = new SqlDebugLogApiFactory();
        var client = api.CreateClient();
        api.Log.Clear();

        (await client.PostGraphQLAsync(HttpRequests.SmallQuery)).DataWithoutErrors();

        var commands = api.Log.Entries.Where(e => e.Category == CommandCategory).ToList();
        Assert.Contains(commands, e => e.Level == LogLevel.Debug && e.Message.Contains("SELECT", StringComparison.Ordinal));
        Assert.All(commands, e => Assert.Equal(LogLevel.Debug, e.Level));
    }
}
