using System.CommandLine;

namespace PostCatalog.Api.Commands;

public static class CommonOptions
{
    public static Option<string> Database { get; } = new("--database")
    {
        Description = "SQLite catalog file",
        DefaultValueFactory = _ => "catalog.db",
    };
}
