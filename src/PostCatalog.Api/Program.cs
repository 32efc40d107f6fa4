using PostCatalog.Api.Commands;
using PostCatalog.Api.Hosting;
using PostCatalog.GraphQL.AspNetCore;

// Verbs (import, generate, schema) run and exit; anything else serves the API. ASP.NET Core's own options (--urls ...) apply.
if (CommandLine.IsVerb(args)) return await CommandLine.RunAsync(args);

args = CommandLine.ServeArguments(args);
var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddCommandLine(args, CommandLine.SwitchMappings);

builder.Services.AddCatalog(builder.Configuration);
builder.Services.AddCatalogGraphQL(builder.Configuration);
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
