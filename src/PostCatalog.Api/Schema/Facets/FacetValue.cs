using System.Linq.Expressions;
using PostCatalog.Catalog;

namespace PostCatalog.Api.Schema.Facets;

/// <summary>One value of a facet and how many of the filtered posts have it.</summary>
/// <param name="Value">What to filter by: a slug ("data-science"), a year ("2024") or a month ("2024-05").</param>
/// <param name="Label">What to show: the name, or the value again for years and months.</param>
/// <param name="EntityId">The category, tag or author id; null for years and months.</param>
public sealed record FacetValue(FacetKind Kind, string Value, string Label, int Count, int? EntityId = null);

public enum FacetKind { Category, Tag, Author, Year, Month }

/// <summary>The parent of the facet fields: the posts they count, as the <c>where</c> filter chose them.</summary>
/// <param name="Filter">The compiled <c>where</c>; null counts every post.</param>
public sealed record PostFacetsQuery(Expression<Func<Post, bool>>? Filter, string MemoKey);
