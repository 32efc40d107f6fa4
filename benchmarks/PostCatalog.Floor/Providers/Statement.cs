namespace PostCatalog.Floor.Providers;

/// <summary>What a parameter holds; each provider binds it with its own type (an id list is JSON text on SQLite, an int[] on PostgreSQL).</summary>
public enum ParameterKind
{
    Int,
    Text,
    Date,
    Ids,
}

/// <summary>
/// One statement the floor sends, as its provider spells it, with its parameters in the order their values are given.
/// Built once at start; a session prepares it once per connection (see <see cref="Session"/>), keyed by this instance.
/// </summary>
public sealed class Statement(string sql, IReadOnlyList<(string Name, ParameterKind Kind)> parameters)
{
    public string Sql { get; } = sql;

    public IReadOnlyList<(string Name, ParameterKind Kind)> Parameters { get; } = parameters;
}
