using PostCatalog.Api.Commands;
using PostCatalog.Api.Hosting;

// Verbs (import, generate, schema) run and exit; anything else serves the API. ASP.NET Core's own options (--urls ...) apply.
if (CommandLine.IsVerb(args)) return await CommandLine.RunAsync(args);

args = CommandLine.ServeArguments(args);
var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddCommandLine(args, CommandLine.SwitchMappings);

builder.Services.AddCatalog(builder.Configuration);

var app = builder.Build();
await app.OpenCatalogAsync();

app.MapHealthChecks("/healthz");

await app.RunAsync();
return 0;

/// <summary>Entry point type, public for WebApplicationFactory in the end-to-end tests.</summary>
public partial class Program;
