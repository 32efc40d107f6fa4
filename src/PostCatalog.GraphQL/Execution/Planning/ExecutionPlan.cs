using PostCatalog.GraphQL.Language;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Execution.Planning;

/// <summary>
/// A compiled operation for one combination of <c>@skip</c>/<c>@include</c> values: the root selection set,
/// and (lazily, cached on each <see cref="Selection"/>) the selection set of every field per runtime object type.
/// Shared by every request with the same document, operation and condition values.
/// </summary>
public sealed class ExecutionPlan
{
    private readonly ulong _conditions;
    private SelectionSet? _root;

    internal ExecutionPlan(CompiledOperation operation, ulong conditions, IReadOnlyDictionary<string, object?> variables,
        bool incremental = false)
    {
        Operation = operation;
        _conditions = conditions;
        Incremental = incremental;
        // More condition variables than bits: this plan is private to one request and reads its variables.
        Variables = operation.ConditionVariables.Count > 64 ? variables : null;
    }

    public CompiledOperation Operation { get; }

    /// <summary>
    /// True for a plan that honours <c>@defer</c> and <c>@stream</c> (delivered incrementally); in any other plan they
    /// change nothing and every field arrives in the one response.
    /// </summary>
    public bool Incremental { get; }

    private IReadOnlyDictionary<string, object?>? Variables { get; }

    /// <summary>The fields of the operation's root selection set, collected for the root type.</summary>
    public SelectionSet RootSelectionSet =>
        _root ??= FieldCollector.Collect(this, Operation.RootType, [(Operation.Definition.SelectionSet, null)], null);

    /// <summary>
    /// Whether a <c>@defer</c> or <c>@stream</c> applies: only in an incremental plan, and when its <c>if</c> is absent
    /// (it defaults to true), true, or a variable that is true.
    /// </summary>
    internal bool IsActive(DirectiveNode directive)
    {
        if (!Incremental) return false;
        foreach (var argument in directive.Arguments)
        {
            if (argument.Name.Value == "if") return ReadCondition(directive);
        }
        return true;
    }

    /// <summary>Whether a selection with these directives is included (spec 6.3.2 steps on @skip and @include).</summary>
    internal bool IsIncluded(IReadOnlyList<DirectiveNode> directives)
    {
        for (var i = 0; i < directives.Count; i++)
        {
            var directive = directives[i];
            var name = directive.Name.Value;
            if (name is not ("skip" or "include")) continue;
            var condition = ReadCondition(directive);
            if (name == "skip" && condition) return false;
            if (name == "include" && !condition) return false;
        }
        return true;
    }

    private bool ReadCondition(DirectiveNode directive)
    {
        foreach (var argument in directive.Arguments)
        {
            if (argument.Name.Value != "if") continue;
            switch (argument.Value)
            {
                case BooleanValueNode literal: return literal.Value;
                case VariableNode variable:
                    if (Variables is not null)
                        return Variables.TryGetValue(variable.Name.Value, out var value) && value is true;
                    var index = IndexOf(variable.Name.Value);
                    return index >= 0 && (_conditions & (1UL << index)) != 0;
            }
        }
        return false;
    }

    private int IndexOf(string variable)
    {
        var names = Operation.ConditionVariables;
        for (var i = 0; i < names.Count; i++)
            if (names[i] == variable) return i;
        return -1;
    }
}
