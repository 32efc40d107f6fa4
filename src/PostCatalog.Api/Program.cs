using PostCatalog.Api.Commands;
using PostCatalog.Api.Hosting;
using PostCatalog.GraphQL.AspNetCore;
using PostCatalog.GraphQL.Execution.Limits;

// Verbs (import, generate, schema) run and exit; anything else serves the API. ASP.NET Core's own options (--urls ...) apply.
if (CommandLine.IsVerb(args)) return await CommandLine.RunAsync(args);

args = CommandLine.ServeArguments(args);
var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddCommandLine(args, CommandLine.SwitchMappings);

builder.Services.AddCatalog(builder.Configuration);
builder.Services.AddCatalogGraphQL(builder.Configuration);
// Cost analysis prices a connection without first/last at the page size the catalog really uses.
builder.Services.PostConfigure<OperationLimitsOptions>(limits =>
{
    if (builder.Configuration["GraphQL:Limits:Cost:DefaultPageSize"] is null)
        limits.Cost.DefaultPageSize = builder.Configuration.GetValue("GraphQL:Catalog:Paging:DefaultPageSize", limits.Cost.DefaultPageSize);
});
builder.Services.AddCors(cors => cors.AddDefaultPolicy(policy => policy
    .WithOrigins(builder.Configuration.GetSection("Cors:Origins").Get<string[]>() ?? ["*"])
    .AllowAnyHeader()
    .WithMethods("GET", "POST")
    .WithExposedHeaders("ETag", "GraphQL-Cost")));

var app = builder.Build();
await app.OpenCatalogAsync();

app.UseCors();
app.MapHealthChecks("/healthz");
app.MapGraphQL("/graphql");

await app.RunAsync();
return 0;

/// <summary>Entry point type, public for WebApplicationFactory in the end-to-end tests.</summary>
public partial class Program;
