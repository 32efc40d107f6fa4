namespace PostCatalog.GraphQL.Execution.Limits;

/// <summary>Static limits checked before an operation runs; bound from configuration section "GraphQL:Limits".</summary>
public sealed class OperationLimitsOptions
{
    /// <summary>Deepest nesting of fields an operation may have (<c>{ a { b } }</c> is 2); null turns the check off.
    /// HotChocolate's documentation uses 10 in its examples; our deepest real query (posts of an author of a post) is 6.</summary>
    public int? MaxExecutionDepth { get; set; } = 10;

    /// <summary>Leave <c>__schema</c>/<c>__type</c> out of the depth count, so IDEs can run their (deep) introspection query.</summary>
    public bool SkipIntrospectionFields { get; set; } = true;

    /// <summary>
    /// Most items a list value in the arguments may have (a filter's <c>in</c>, <c>nodes(ids:)</c>), in the document
    /// or in variables; more is refused before execution with <c>LIST_ARGUMENT_TOO_LONG</c>. Null turns the check off.
    /// </summary>
    public int? MaxListArgumentItems { get; set; } = 1000;

    public CostOptions Cost { get; set; } = new();
}

/// <summary>
/// Static cost analysis as HotChocolate 14 does it (IBM's cost specification): <c>fieldCost</c> estimates the work of
/// resolvers, <c>typeCost</c> the number of objects in the response; both are multiplied through list sizes.
/// </summary>
public sealed class CostOptions
{
    /// <summary>Reject operations whose cost exceeds the maxima (HC0047); when false the cost is only computed and reported.</summary>
    public bool EnforceCostLimits { get; set; } = true;

    /// <summary>Largest allowed field cost (HotChocolate's default).</summary>
    public double MaxFieldCost { get; set; } = 1000;

    /// <summary>Largest allowed type cost (HotChocolate's default).</summary>
    public double MaxTypeCost { get; set; } = 1000;

    /// <summary>Weight of a field whose value comes from a resolver or middleware (a query or a DataLoader), as
    /// HotChocolate weighs async resolvers. Composite fields without one weigh 1, leaf fields 0.</summary>
    public double DefaultResolverCost { get; set; } = 10;

    /// <summary>Items a connection is assumed to return when the client gives neither <c>first</c> nor <c>last</c>:
    /// the paging default page size (the host keeps it equal to "GraphQL:Catalog:Paging:DefaultPageSize").</summary>
    public int DefaultPageSize { get; set; } = 10;

    /// <summary>Assumed length of a list field that has no slicing argument (HotChocolate 14 assumes 1).</summary>
    public double DefaultListSize { get; set; } = 1;

    /// <summary>Weight of a <c>where</c> argument, and of each filter operation (<c>eq</c>, <c>contains</c>, ...) in it.</summary>
    public double FilterArgumentCost { get; set; } = 10;

    public double FilterOperationCost { get; set; } = 10;

    /// <summary>Weight of an <c>order</c> argument, and of each field sorted on in it.</summary>
    public double SortArgumentCost { get; set; } = 10;

    public double SortOperationCost { get; set; } = 10;

    /// <summary>Weight of each item of a list of scalars in the arguments (an <c>in</c> list's values, <c>nodes(ids:)</c>),
    /// summed and rounded down: short lists are free, 1,000 values add 100.</summary>
    public double ListItemCost { get; set; } = 0.1;

    /// <summary>Most field selections the analysis walks (fragments expanded) before it gives up and rejects the
    /// operation as too costly: a guard against documents whose fragments multiply.</summary>
    public int MaxAnalyzedSelections { get; set; } = 100_000;
}
