using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PostCatalog.Api.Tests.FirstRun;

/// <summary>The published app, started as a user starts it: what it prints, what a browser gets, and how it refuses.</summary>
public sealed class PublishedAppTests(PublishedApp published) : IClassFixture<PublishedApp>
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task The_published_app_serves_Banana_Cake_Pop_to_a_browser_from_slash()
    {
        await using var app = published.StartEmpty("--urls", "http://127.0.0.1:0");
        var endpoint = await app.EndpointAsync(StartTimeout);
        using var browser = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = endpoint };
        browser.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml");

        var root = await browser.GetAsync("/");
        var endpointPage = await browser.GetAsync("/graphql");
        var page = await browser.GetAsync("/graphql/");
        var html = await page.Content.ReadAsStringAsync();
        var script = Regex.Match(html, "src=\"(static/js/main\\.[^\"]+)\"").Groups[1].Value;
        var bundle = await browser.GetAsync("/graphql/" + script);
        var config = JsonNode.Parse(await browser.GetStringAsync("/graphql/bcp-config.json"))!;

        Assert.Equal(HttpStatusCode.Redirect, root.StatusCode);
        Assert.Equal("/graphql", root.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, endpointPage.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<title>Banana Cake Pop</title>", html);
        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
        Assert.Equal("text/javascript", bundle.Content.Headers.ContentType?.MediaType);
        Assert.True(config["disableTelemetry"]!.GetValue<bool>());
        Assert.Contains(page.Headers.GetValues("Set-Cookie"), c => c.StartsWith("chillicream_bcp_legacy_info_shown=true", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Starting_prints_the_GraphQL_endpoint_after_now_listening_on()
    {
        await using var app = published.Start("--urls", "http://127.0.0.1:0");
        var endpoint = await app.EndpointAsync(StartTimeout);

        var lines = app.Stdout.ToList();
        var listening = lines.FindIndex(l => l.Contains($"Now listening on: http://127.0.0.1:{endpoint.Port}"));
        var printed = lines.FindIndex(l => l.Contains("GraphQL endpoint: "));
        Assert.True(listening >= 0, app.Output());
        Assert.True(printed > listening, app.Output());
        Assert.EndsWith($"GraphQL endpoint: http://127.0.0.1:{endpoint.Port}/graphql (open it in a browser for Banana Cake Pop)", lines[printed]);
        using var client = new HttpClient();
        Assert.Equal("Healthy", await client.GetStringAsync(new Uri(endpoint, "/healthz")));
    }

    [Fact]
    public async Task A_busy_port_is_one_line_naming_it_and_a_non_zero_exit()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        await using var app = published.StartEmpty("--urls", $"http://127.0.0.1:{port}");
        var exitCode = await app.ExitCodeAsync(StartTimeout);

        Assert.NotEqual(0, exitCode);
        Assert.Equal([$"port {port} is in use: pass --urls http://127.0.0.1:PORT"], app.Stderr.Where(l => l.Length > 0));
        Assert.DoesNotContain(app.Stdout, l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_postgres_connection_string_without_a_host_is_one_line_and_a_non_zero_exit()
    {
        await using var app = published.Start("--provider", "PostgreSQL", "--connection", "Database=catalog", "--urls", "http://127.0.0.1:0");
        var exitCode = await app.ExitCodeAsync(TimeSpan.FromSeconds(30));

        Assert.NotEqual(0, exitCode);
        Assert.Equal(["Cannot open the catalog: Catalog:ConnectionString names no Host; a PostgreSQL catalog needs one (Host=...;Database=...)."],
            app.Stderr.Where(l => l.Length > 0));
        Assert.DoesNotContain(app.Stdout.Concat(app.Stderr), l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Serve_help_lists_the_options_and_exits_without_serving()
    {
        await using var app = published.Start("serve", "--help");
        var exitCode = await app.ExitCodeAsync(TimeSpan.FromSeconds(30));

        var help = string.Join("\n", app.Stdout);
        Assert.Equal(0, exitCode);
        Assert.Contains("--urls", help);
        Assert.Contains("--database", help);
        Assert.Contains("--seeds", help);
        Assert.Contains("--Section:Key=value", help);
        Assert.DoesNotContain("Now listening", help);
    }

    [Theory]
    [InlineData("--url")]
    [InlineData("serve", "--url")]
    public async Task An_unknown_option_is_an_error_not_a_silent_start(params string[] args)
    {
        await using var app = published.Start([.. args, "http://127.0.0.1:0"]);
        var exitCode = await app.ExitCodeAsync(TimeSpan.FromSeconds(30));

        Assert.NotEqual(0, exitCode);
        Assert.Contains(app.Stderr, l => l.Contains("'--url'"));
        Assert.Contains(app.Stdout, l => l.Trim() == "--urls"); // "Did you mean one of the following?"
        Assert.DoesNotContain(app.Stdout, l => l.Contains("Now listening"));
    }

    [Fact]
    public async Task ASP_NET_Core_configuration_switches_still_configure_the_app()
    {
        await using var app = published.StartEmpty("--urls", "http://127.0.0.1:0", "--GraphQL:Server:Tool:Title=Switched", "--GraphQL:Server:Tool:DisableTelemetry", "false");
        var endpoint = await app.EndpointAsync(StartTimeout);
        using var client = new HttpClient();

        var config = JsonNode.Parse(await client.GetStringAsync(new Uri(endpoint, "/graphql/bcp-config.json")))!;

        Assert.Equal("Switched", config["title"]!.GetValue<string>());
        Assert.False(config["disableTelemetry"]!.GetValue<bool>());
    }
}
