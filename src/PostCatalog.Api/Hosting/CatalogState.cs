using PostCatalog.Catalog;

namespace PostCatalog.Api.Hosting;

/// <summary>The opened catalog; health checks report not-ready until it is set.</summary>
public sealed class CatalogState
{
    private CatalogDatabase? _database;

    public bool IsOpen => _database is not null;

    public CatalogDatabase Database => _database ?? throw new InvalidOperationException("The catalog is not open yet.");

    public void Open(CatalogDatabase database) => _database = database;
}
