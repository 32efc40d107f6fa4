using PostCatalog.Api.Tests.Infrastructure;

namespace PostCatalog.Api.Tests.Sql;

/// <summary>
/// The catalog API with the operation cost limit raised (the statement counts compare pages of very different sizes)
/// and the memo of counts and facets off, so every request shows the statements the planner sends for it, not what
/// an earlier request left remembered (<c>Memo/CatalogMemoTests</c> covers that).
/// </summary>
public sealed class UncappedCostCatalogApiFactory : CatalogApiFactory
{
    public UncappedCostCatalogApiFactory()
    {
        Settings["GraphQL:Limits:Cost:MaxFieldCost"] = "1000000";
        Settings["GraphQL:Limits:Cost:MaxTypeCost"] = "1000000";
        Settings["GraphQL:Catalog:Memo:Enabled"] = "false";
    }
}
