using System.Collections;
using PostCatalog.GraphQL.Language;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Execution.Limits;

/// <summary>
/// Refuses an operation with a list value longer than <see cref="OperationLimitsOptions.MaxListArgumentItems"/>
/// anywhere in its arguments (written in the document, or in a variable, at any depth of an input object: a filter's
/// <c>in</c>), before anything runs. 30,000 <c>in</c> values cost 15 s of CPU before this limit, and SQLite refuses
/// statements with more than 32,766 parameters.
/// </summary>
public sealed class ListArgumentLimit(int maxItems) : IOperationLimit
{
    public const string Code = "LIST_ARGUMENT_TOO_LONG";

    public OperationLimitResult Check(OperationLimitContext context)
    {
        foreach (var (name, value) in context.Variables)
        {
            if (Longest(value, "$" + name) is { } found)
                return Refuse(found.Path, found.Count, context.Operation.Definition.VariableDefinitions.FirstOrDefault(v => v.Variable.Name.Value == name));
        }

        foreach (var argument in Arguments(context.Operation.Definition.SelectionSet, context.Operation.Fragments))
        {
            if (LongestLiteral(argument.Value, argument.Name.Value) is { } found)
                return Refuse(found.Path, found.Count, argument);
        }

        return OperationLimitResult.Pass;
    }

    private OperationLimitResult Refuse(string path, int count, SyntaxNode? where) =>
        new([GraphQLError.At($"The list at `{path}` has {count} items; at most {maxItems} are allowed.", where)
            .WithCode(Code)
            .WithExtension("listItems", count)
            .WithExtension("maxListItems", maxItems)]);

    /// <summary>The first list over the limit in a coerced variable value.</summary>
    private (string Path, int Count)? Longest(object? value, string path)
    {
        switch (value)
        {
            case null or string:
                return null;
            case IEnumerable<KeyValuePair<string, object?>> fields:
                foreach (var (name, field) in fields)
                    if (Longest(field, path + "." + name) is { } found) return found;
                return null;
            case IEnumerable items:
                var count = 0;
                foreach (var item in items)
                {
                    if (Longest(item, $"{path}[{count}]") is { } found) return found;
                    count++;
                }

                return count > maxItems ? (path, count) : null;
            default:
                return null;
        }
    }

    private (string Path, int Count)? LongestLiteral(ValueNode value, string path)
    {
        switch (value)
        {
            case ObjectValueNode obj:
                foreach (var field in obj.Fields)
                    if (LongestLiteral(field.Value, path + "." + field.Name.Value) is { } found) return found;
                return null;
            case ListValueNode list:
                for (var i = 0; i < list.Values.Count; i++)
                    if (LongestLiteral(list.Values[i], $"{path}[{i}]") is { } found) return found;
                return list.Values.Count > maxItems ? (path, list.Values.Count) : null;
            default:
                return null;
        }
    }

    /// <summary>Every argument written in the operation and the fragments it can reach, each fragment visited once.</summary>
    private static IEnumerable<ArgumentNode> Arguments(SelectionSetNode root, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<SelectionSetNode>([root]);
        while (pending.TryPop(out var set))
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FieldNode field:
                        foreach (var argument in field.Arguments) yield return argument;
                        if (field.SelectionSet is { } children) pending.Push(children);
                        break;
                    case InlineFragmentNode inline:
                        pending.Push(inline.SelectionSet);
                        break;
                    case FragmentSpreadNode spread when seen.Add(spread.Name.Value) && fragments.TryGetValue(spread.Name.Value, out var fragment):
                        pending.Push(fragment.SelectionSet);
                        break;
                }
            }
        }
    }
}
