using PostCatalog.Api.Tests.Infrastructure;
using PostCatalog.Catalog;
using PostCatalog.Import.Generation;

namespace PostCatalog.Api.Tests.Sql;

/// <summary>The catalog API over a generated catalog of 100,000 posts (the `generate` verb's generator, fixed seed).</summary>
public sealed class LargeCatalogApiFactory : CatalogApiFactory
{
    public const int Posts = 100_000;

    public LargeCatalogApiFactory()
    {
        var database = OpenCatalogAsync().GetAwaiter().GetResult();
        var vocabulary = GeneratorVocabulary.FromDocumentsAsync([RepositoryRoot.Combine("seeds")]).GetAwaiter().GetResult();
        new CatalogGenerator(vocabulary).Generate(database, new GeneratorOptions { Posts = Posts, Seed = 7 });
    }
}
