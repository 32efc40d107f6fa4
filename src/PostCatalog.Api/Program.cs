using PostCatalog.Api.Commands;

// One parser for every verb; without a verb (or with 'serve') it serves the API. See Commands/CommandLine.cs.
return await CommandLine.RunAsync(args);

/// <summary>Entry point type, public for WebApplicationFactory in the end-to-end tests.</summary>
public partial class Program;
