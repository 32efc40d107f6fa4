namespace PostCatalog.GraphQL.Validation;

/// <summary>Unwinds the walk when validation must stop (error limit reached, or too much fragment work).</summary>
internal sealed class ValidationAbortedException : Exception
{
    public ValidationAbortedException(string message) : base(message) { }
}
