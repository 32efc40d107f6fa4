using PostCatalog.GraphQL.Execution.Planning;
using PostCatalog.GraphQL.Language;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Execution;

/// <summary>Refuses <c>__schema</c> and <c>__type</c> when introspection is turned off (HC0046); <c>__typename</c> stays allowed.</summary>
internal static class IntrospectionGuard
{
    public static bool RequestsIntrospection(CompiledOperation operation) => FindIntrospectionField(operation) is not null;

    /// <summary>
    /// True when every root field is an introspection field (<c>__schema</c>, <c>__type</c>, <c>__typename</c>), through
    /// fragments, of a query: its result depends on the schema alone (and on the variables, if it declares any).
    /// </summary>
    public static bool IsIntrospectionOnly(CompiledOperation operation) =>
        operation.Definition.Operation == OperationType.Query
        && RootFields(operation).All(field => field?.Name.Value.StartsWith("__", StringComparison.Ordinal) == true);

    public static GraphQLError NotAllowed(CompiledOperation operation) =>
        GraphQLError.At("Introspection is not allowed for the current request.", FindIntrospectionField(operation))
            .WithCode(ErrorCodes.IntrospectionNotAllowed);

    // Introspection fields live on the query root, so only the root selection set (and its fragments) is searched.
    private static FieldNode? FindIntrospectionField(CompiledOperation operation) =>
        RootFields(operation).FirstOrDefault(field => field?.Name.Value is "__schema" or "__type");

    /// <summary>The root selection set's fields, through inline fragments and spreads (each fragment once); null for a spread of an unknown fragment.</summary>
    private static IEnumerable<FieldNode?> RootFields(CompiledOperation operation)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<SelectionSetNode>();
        pending.Push(operation.Definition.SelectionSet);
        while (pending.Count > 0)
        {
            foreach (var selection in pending.Pop().Selections)
            {
                switch (selection)
                {
                    case FieldNode field:
                        yield return field;
                        break;
                    case InlineFragmentNode inline:
                        pending.Push(inline.SelectionSet);
                        break;
                    case FragmentSpreadNode spread when visited.Add(spread.Name.Value):
                        if (operation.Fragments.TryGetValue(spread.Name.Value, out var fragment)) pending.Push(fragment.SelectionSet);
                        else yield return null;
                        break;
                }
            }
        }
    }
}
