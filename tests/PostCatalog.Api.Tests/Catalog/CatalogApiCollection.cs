using PostCatalog.Api.Tests.Infrastructure;

namespace PostCatalog.Api.Tests.Catalog;

/// <summary>The catalog's end-to-end tests share one server on one import of seeds/: they only read.</summary>
[CollectionDefinition(Name)]
public sealed class CatalogApiCollection : ICollectionFixture<CatalogApiFactory>
{
    public const string Name = "Catalog API over HTTP";
}
