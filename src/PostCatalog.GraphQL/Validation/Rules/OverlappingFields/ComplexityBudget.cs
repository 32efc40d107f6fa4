using System.Runtime.CompilerServices;

namespace PostCatalog.GraphQL.Validation.Rules.OverlappingFields;

/// <summary>
/// graphql-js's meter for this rule: every attempted comparison costs a little, and a document that needs more than
/// the budget ends validation with "Validation aborted.". Costs are charged exactly where graphql-js charges them,
/// so both abort on the same documents; that is what bounds the work of hostile ones (100,000 copies of a field).
/// </summary>
internal sealed class ComplexityBudget
{
    public const string AbortedMessage = "Validation aborted.";

    private const long Budget = 500_000;

    private long _remaining = Budget;

    public void Spend(long cost)
    {
        _remaining -= cost;
        // Fragment chains recurse; a chain deep enough to exhaust the stack is aborted like an expensive one.
        if (_remaining < 0 || !RuntimeHelpers.TryEnsureSufficientExecutionStack()) Abort();
    }

    /// <summary>
    /// Aborts now when work about to be done is known to cost more than what is left: the same outcome as running
    /// out part way (conflicts found before are not reported either), without doing the work.
    /// </summary>
    public void EnsureCanAfford(long cost)
    {
        if (cost > _remaining) Abort();
    }

    private static void Abort() => throw new ValidationAbortedException(AbortedMessage);
}
