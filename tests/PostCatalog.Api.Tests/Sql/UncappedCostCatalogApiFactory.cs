using PostCatalog.Api.Tests.Infrastructure;

namespace PostCatalog.Api.Tests.Sql;

/// <summary>
/// The catalog API with the operation cost limit raised: the statement counts compare a page of 5 posts with one of 50,
/// and the default field cost limit (1000, HotChocolate's) already refuses 50 posts with four nested lists each.
/// </summary>
public sealed class UncappedCostCatalogApiFactory : CatalogApiFactory
{
    public UncappedCostCatalogApiFactory()
    {
        Settings["GraphQL:Limits:Cost:MaxFieldCost"] = "1000000";
        Settings["GraphQL:Limits:Cost:MaxTypeCost"] = "1000000";
    }
}
