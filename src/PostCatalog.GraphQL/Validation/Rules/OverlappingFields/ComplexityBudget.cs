using System.Runtime.CompilerServices;

namespace PostCatalog.GraphQL.Validation.Rules.OverlappingFields;

/// <summary>
/// graphql-js's meter for this rule: every attempted comparison costs a little, and a document that needs more than
/// the budget ends validation with "Validation aborted.". Costs are charged exactly where graphql-js charges them,
/// so both abort on the same documents; that is what bounds the work of hostile ones (100,000 copies of a field).
/// Running out does not throw where it happens: the comparison may be thousands of calls deep in a fragment chain,
/// where unwinding by exception is slow. Each step returns as soon as <see cref="IsExhausted"/>, and the finder
/// throws <see cref="ThrowIfExhausted"/> from the top.
/// </summary>
internal sealed class ComplexityBudget
{
    public const string AbortedMessage = "Validation aborted.";

    private const long Budget = 500_000;

    private long _remaining = Budget;

    public bool IsExhausted { get; private set; }

    /// <summary>Charges <paramref name="cost"/>; false when the budget (or the stack) has run out.</summary>
    public bool TrySpend(long cost)
    {
        _remaining -= cost;
        // Fragment chains recurse; one deep enough to exhaust the stack is aborted like an expensive one.
        if (_remaining < 0 || !RuntimeHelpers.TryEnsureSufficientExecutionStack()) IsExhausted = true;
        return !IsExhausted;
    }

    /// <summary>
    /// False, and exhausted, when work about to be done is known to cost more than what is left: the same outcome
    /// as running out part way (conflicts found before are not reported either), without doing the work.
    /// </summary>
    public bool CanAfford(long cost)
    {
        if (cost > _remaining) IsExhausted = true;
        return !IsExhausted;
    }

    public void ThrowIfExhausted()
    {
        if (IsExhausted) throw new ValidationAbortedException(AbortedMessage);
    }
}
