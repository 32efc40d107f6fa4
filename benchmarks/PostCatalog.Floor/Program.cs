using System.Text.Json;
using PostCatalog.Floor;
using PostCatalog.Floor.Operations;
using PostCatalog.Floor.Providers;

// The floor: what the benchmark operations cost with no GraphQL at all. Each document of benchmarks/operations/ is
// recognised by its exact text (like a persisted query) and answered by hand-written code: the SQL our catalog sends
// on that provider, prepared once per connection, and the same JSON written with Utf8JsonWriter.
//   dotnet PostCatalog.Floor.dll --database catalog.db --operations benchmarks/operations [--introspection-response FILE] --urls http://127.0.0.1:5101
//   dotnet PostCatalog.Floor.dll --provider PostgreSQL --connection "Host=127.0.0.1;Port=5432;Username=postgres;Database=catalog" ...
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var config = builder.Configuration;
var operations = config["operations"] ?? Path.Combine(AppContext.BaseDirectory, "operations");

FloorProvider provider;
try
{
    provider = FloorProvider.FromConfiguration(config);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}
using var providerLifetime = provider;
using var sessions = new Sessions(provider);
// The introspection result does not depend on the data: the floor for it is writing the bytes our server produced.
var introspection = config["introspection-response"] is { } file ? File.ReadAllBytes(file) : null;
var handlers = new Dictionary<string, Action<Utf8JsonWriter, Session, JsonElement>>(StringComparer.Ordinal);
void Handle(string name, Action<Utf8JsonWriter, Session, JsonElement> handler) =>
    handlers[File.ReadAllText(Path.Combine(operations, name + ".graphql"))] = handler;
var nested = new NestedLists(provider);
Handle("home-page", new HomePage(provider, nested).Write);
Handle("category-page", new CategoryPage(provider, nested).Write);
Handle("author-page", new AuthorPage(provider, nested).Write);
Handle("search", new Search(provider).Write);
Handle("facets", new Facets(provider).Write);
var introspectionQuery = File.ReadAllText(Path.Combine(operations, "introspection.graphql"));
var noVariables = JsonDocument.Parse("{}").RootElement;

var app = builder.Build();
app.MapGet("/healthz", () => "Healthy");
app.MapPost("/graphql", async context =>
{
    using var request = await JsonDocument.ParseAsync(context.Request.Body, default, context.RequestAborted);
    var query = request.RootElement.GetProperty("query").GetString() ?? "";
    var variables = request.RootElement.TryGetProperty("variables", out var v) && v.ValueKind == JsonValueKind.Object ? v : noVariables;
    context.Response.ContentType = "application/graphql-response+json; charset=utf-8";

    if (introspection is not null && query == introspectionQuery)
    {
        await context.Response.Body.WriteAsync(introspection, context.RequestAborted);
        return;
    }
    if (!handlers.TryGetValue(query, out var handler))
    {
        context.Response.StatusCode = 400;
        await context.Response.WriteAsync("""{"errors":[{"message":"The floor only answers the documents of benchmarks/operations."}]}""");
        return;
    }

    var session = sessions.Rent();
    try
    {
        await using var json = new Utf8JsonWriter(context.Response.BodyWriter, FloorJson.Options);
        handler(json, session, variables);
    }
    finally
    {
        sessions.Return(session);
    }
    await context.Response.BodyWriter.FlushAsync(context.RequestAborted);
});
app.Run();
return 0;
