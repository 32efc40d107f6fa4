using System.Data.Common;

namespace PostCatalog.Floor.Providers;

/// <summary>
/// Everything the floor says differently on SQLite and on PostgreSQL, in one place per provider: how a connection is
/// opened and a parameter bound, the few SQL fragments EF Core spells per provider (an id list, <c>NULLS LAST</c>, an
/// int count, a year), and full-text search, whose statements are the provider's own. The operations write their SQL
/// once, in SQLite's quoted spelling, with these fragments; <see cref="Statement(string, (string, ParameterKind)[])"/>
/// turns it into the provider's.
/// </summary>
public abstract class FloorProvider : IDisposable
{
    /// <summary><c>--provider Sqlite --database FILE</c> (the default) or <c>--provider PostgreSQL --connection "Host=...;Database=..."</c>.</summary>
    public static FloorProvider FromConfiguration(IConfiguration config)
    {
        var provider = config["provider"] ?? "Sqlite";
        if (provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
            return new SqliteProvider(config["database"] ?? throw new ArgumentException("--database FILE is required with --provider Sqlite"));
        if (provider.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase))
            return new PostgresProvider(config["connection"] ?? throw new ArgumentException("--connection \"Host=...;Database=...\" is required with --provider PostgreSQL"));
        throw new ArgumentException($"--provider is Sqlite or PostgreSQL, not '{provider}'");
    }

    public Statement Statement(string sql, params (string Name, ParameterKind Kind)[] parameters) => new(Spell(sql), parameters);

    /// <summary>The statement text as this provider's EF Core writes it (SQLite quotes every identifier; that is the source spelling).</summary>
    protected virtual string Spell(string sql) => sql;

    public abstract DbConnection Open();

    public abstract DbParameter Parameter(string name, ParameterKind kind);

    /// <summary>The value of an <see cref="ParameterKind.Ids"/> parameter.</summary>
    public abstract object Ids(IReadOnlyList<int> ids);

    /// <summary>A date column as GraphQL's <c>Date</c> writes it (<c>yyyy-MM-dd</c>).</summary>
    public abstract string Date(DbDataReader reader, int ordinal);

    /// <summary><c>column</c> is one of the ids in parameter <c>@ids</c> (EF Core's parameterised <c>Contains</c>).</summary>
    public abstract string InIds(string column);

    /// <summary>A descending order on a nullable column, nulls last (SQLite's default; PostgreSQL says so).</summary>
    public abstract string DescNullsLast { get; }

    /// <summary><c>COUNT(*)</c> read as an int.</summary>
    public abstract string CountInt { get; }

    /// <summary>The year of a date column, as an integer.</summary>
    public abstract string Year(string column);

    /// <summary>The search index's query text for the words a user typed, every word required.</summary>
    public abstract string MatchExpression(IReadOnlyList<string> words);

    /// <summary><c>"PostId", "Rank"</c> of every post matching <c>@match</c>, lower rank better (the index's own ranking, default weights).</summary>
    public abstract string RankedSql { get; }

    /// <summary>For the posts in <c>@ids</c> matching <c>@match</c>: id, marked title, marked excerpt snippet (markers \u0002 and \u0003).</summary>
    public abstract string HighlightsSql { get; }

    public virtual void Dispose()
    {
    }
}
