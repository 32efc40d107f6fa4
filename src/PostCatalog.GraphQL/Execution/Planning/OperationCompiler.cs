using PostCatalog.GraphQL.Language;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Execution.Planning;

/// <summary>
/// Chooses the operation to run (spec GetOperation, 6.1) and prepares it for execution. Errors are request
/// errors: the operation never starts.
/// </summary>
public static class OperationCompiler
{
    public static CompiledOperation Compile(Schema schema, DocumentNode document, string? operationName)
    {
        var operation = GetOperation(document, operationName);
        var rootType = schema.GetRootType(operation.Operation)
            ?? throw new GraphQLException(GraphQLError.At(
                $"Schema is not configured to execute {operation.Operation.ToString().ToLowerInvariant()} operation.",
                operation).WithCode(ErrorCodes.OperationNotFound));

        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
                fragments.TryAdd(fragment.Name.Value, fragment);
        }

        return new CompiledOperation(schema, document, operation, rootType, fragments,
            FindConditionVariables(operation, fragments));
    }

    public static OperationDefinitionNode GetOperation(DocumentNode document, string? operationName)
    {
        OperationDefinitionNode? found = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode operation) continue;
            if (string.IsNullOrEmpty(operationName))
            {
                if (found is not null)
                {
                    throw new GraphQLException(new GraphQLError(
                        "Must provide operation name if query contains multiple operations.").WithCode(ErrorCodes.OperationNotFound));
                }
                found = operation;
            }
            else if (operation.Name?.Value == operationName)
            {
                return operation;
            }
        }

        if (found is not null) return found;
        throw new GraphQLException(new GraphQLError(string.IsNullOrEmpty(operationName)
            ? "Must provide an operation."
            : $"Unknown operation named \"{operationName}\".").WithCode(ErrorCodes.OperationNotFound));
    }

    // Variables used as the `if` of @skip/@include/@defer/@stream anywhere reachable from the operation.
    private static List<string> FindConditionVariables(
        OperationDefinitionNode operation, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments)
    {
        var variables = new List<string>();
        var visitedFragments = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<SelectionSetNode>();
        pending.Push(operation.SelectionSet);
        while (pending.Count > 0)
        {
            foreach (var selection in pending.Pop().Selections)
            {
                foreach (var directive in selection.Directives)
                {
                    if (directive.Name.Value is not ("skip" or "include" or "defer" or "stream")) continue;
                    foreach (var argument in directive.Arguments)
                    {
                        if (argument.Name.Value == "if" && argument.Value is VariableNode variable && !variables.Contains(variable.Name.Value))
                            variables.Add(variable.Name.Value);
                    }
                }
                switch (selection)
                {
                    case FieldNode { SelectionSet: { } set }: pending.Push(set); break;
                    case InlineFragmentNode inline: pending.Push(inline.SelectionSet); break;
                    case FragmentSpreadNode spread when visitedFragments.Add(spread.Name.Value)
                        && fragments.TryGetValue(spread.Name.Value, out var fragment):
                        pending.Push(fragment.SelectionSet);
                        break;
                }
            }
        }
        return variables;
    }
}
