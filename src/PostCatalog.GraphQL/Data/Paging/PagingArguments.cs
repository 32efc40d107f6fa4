namespace PostCatalog.GraphQL.Data.Paging;

/// <summary>The Relay connection arguments of one field invocation.</summary>
public readonly record struct PagingArguments(int? First = null, string? After = null, int? Last = null, string? Before = null)
{
    public const string FirstName = "first";
    public const string AfterName = "after";
    public const string LastName = "last";
    public const string BeforeName = "before";

    /// <summary>Paging runs backwards (from the end, <c>last</c>/<c>before</c>) only when <c>last</c> is given.</summary>
    public bool IsBackward => Last is not null;
}
