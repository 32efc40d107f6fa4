namespace PostCatalog.GraphQL.Validation;

/// <summary>How <see cref="DocumentValidator"/> validates (graphql-js <c>validate</c>'s options).</summary>
public sealed record ValidationOptions
{
    public static ValidationOptions Default { get; } = new();

    /// <summary>
    /// Errors reported before validation stops with "Too many validation errors, error limit reached. Validation aborted."
    /// (graphql-js's default, 100): a pathologically invalid document cannot make the server build a huge error list.
    /// </summary>
    public int MaxErrors { get; init; } = 100;

    /// <summary>The rules to run, in order; null means <see cref="Specified.Rules"/>.</summary>
    public IReadOnlyList<IValidationRule>? Rules { get; init; }

    /// <summary>Leave out "Did you mean ...?" hints, which reveal schema names (graphql-js <c>hideSuggestions</c>).</summary>
    public bool HideSuggestions { get; init; }
}
