namespace PostCatalog.Api.Tests.Sql;

/// <summary>Statement counts run alone: nothing else may talk to SQLite while a count is taken.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SqlStatementCountCollection
{
    public const string Name = "SQL statement counts";
}
