using PostCatalog.GraphQL.Execution.Planning;
using PostCatalog.GraphQL.Language;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Execution;

/// <summary>Refuses <c>__schema</c> and <c>__type</c> when introspection is turned off (HC0046); <c>__typename</c> stays allowed.</summary>
internal static class IntrospectionGuard
{
    public static bool RequestsIntrospection(CompiledOperation operation) => FindIntrospectionField(operation) is not null;

    public static GraphQLError NotAllowed(CompiledOperation operation) =>
        GraphQLError.At("Introspection is not allowed for the current request.", FindIntrospectionField(operation))
            .WithCode(ErrorCodes.IntrospectionNotAllowed);

    // Introspection fields live on the query root, so only the root selection set (and its fragments) is searched.
    private static FieldNode? FindIntrospectionField(CompiledOperation operation)
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
                    case FieldNode { Name.Value: "__schema" or "__type" } field: return field;
                    case InlineFragmentNode inline: pending.Push(inline.SelectionSet); break;
                    case FragmentSpreadNode spread when visited.Add(spread.Name.Value)
                        && operation.Fragments.TryGetValue(spread.Name.Value, out var fragment):
                        pending.Push(fragment.SelectionSet);
                        break;
                }
            }
        }
        return null;
    }
}
