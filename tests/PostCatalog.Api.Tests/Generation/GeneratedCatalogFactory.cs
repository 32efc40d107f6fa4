using PostCatalog.Api.Tests.Infrastructure;
using PostCatalog.Catalog;
using PostCatalog.Import.Generation;

namespace PostCatalog.Api.Tests.Generation;

/// <summary>The API over a generated catalog of <see cref="Posts"/> posts (the host imports nothing: the catalog is not empty).</summary>
public sealed class GeneratedCatalogFactory : CatalogApiFactory
{
    public const int Posts = 5_000;
    public const int Seed = 11;

    public GeneratedCatalogFactory()
    {
        var database = OpenCatalogAsync().GetAwaiter().GetResult();
        var vocabulary = GeneratorVocabulary.FromDocumentsAsync([RepositoryRoot.Combine("seeds")]).GetAwaiter().GetResult();
        new CatalogGenerator(vocabulary).Generate(database, new GeneratorOptions { Posts = Posts, Seed = Seed });
    }
}
