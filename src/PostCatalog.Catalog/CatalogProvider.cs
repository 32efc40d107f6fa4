namespace PostCatalog.Catalog;

/// <summary>The database the catalog lives in (configuration <c>Catalog:Provider</c>).</summary>
public enum CatalogProvider
{
    /// <summary>An embedded file (the default): one machine, no server to run.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server: any number of API processes over one catalog.</summary>
    PostgreSQL,
}

/// <summary>Keys of PostgreSQL advisory locks the catalog takes, so two uses never collide.</summary>
public static class AdvisoryLocks
{
    /// <summary>Held while migrations are applied (replicas starting together).</summary>
    public const long Migration = 7_261_001;

    /// <summary>Held for an import's or a generation's whole transaction: writers to one catalog take turns.</summary>
    public const long Write = 7_261_002;
}
