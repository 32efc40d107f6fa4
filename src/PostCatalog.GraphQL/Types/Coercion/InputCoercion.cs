using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Types;

/// <summary>The result of coercing an operation's variables: the values, or the errors (never both).</summary>
public sealed record VariableValuesResult(IReadOnlyDictionary<string, object?>? Values, IReadOnlyList<GraphQLError> Errors)
{
    public bool HasErrors => Errors.Count > 0;
}

/// <summary>
/// The spec's CoerceVariableValues and CoerceArgumentValues (section 6.1.2 / 6.4.1), with graphql-js's messages.
/// Execution and validation use these; nothing else coerces input.
/// </summary>
public static class InputCoercion
{
    /// <summary>
    /// Coerces the request's variables for an operation. <paramref name="inputs"/> are JSON-ish values
    /// (see <see cref="JsonInput"/>); a variable absent from it is "not provided", which differs from null.
    /// </summary>
    public static VariableValuesResult CoerceVariableValues(
        Schema schema,
        IReadOnlyList<VariableDefinitionNode> definitions,
        IReadOnlyDictionary<string, object?>? inputs,
        int maxErrors = 50)
    {
        var errors = new List<GraphQLError>();
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        inputs ??= new Dictionary<string, object?>();

        foreach (var definition in definitions)
        {
            if (errors.Count >= maxErrors)
            {
                errors.Add(new GraphQLError("Too many errors processing variables, error limit reached. Execution aborted."));
                break;
            }

            var name = definition.Variable.Name.Value;
            if (schema.GetType(definition.Type) is not IInputType type || !type.IsInputType())
            {
                errors.Add(GraphQLError.At(
                    $"Variable \"${name}\" expected value of type \"{PrintTypeNode(definition.Type)}\" which cannot be used as an input type.",
                    definition.Type));
                continue;
            }

            if (!inputs.TryGetValue(name, out var input))
            {
                if (definition.DefaultValue is not null)
                {
                    if (LiteralCoercion.TryValueFromAst(definition.DefaultValue, type, null, out var defaultValue))
                    {
                        values[name] = defaultValue;
                    }
                }
                else if (type is NonNullType)
                {
                    errors.Add(GraphQLError.At(
                        $"Variable \"${name}\" has invalid value: Expected a value of non-null type \"{type.Print()}\" to be provided.", definition));
                }

                continue;
            }

            input = JsonInput.Normalize(input);
            if (input is null && type is NonNullType)
            {
                errors.Add(GraphQLError.At(
                    $"Variable \"${name}\" has invalid value: Expected value of non-null type \"{type.Print()}\" not to be null.", definition));
                continue;
            }

            try
            {
                values[name] = InputValueCoercion.CoerceInputValue(input, type, (path, invalid, error) =>
                {
                    // As graphql-js: past the limit, stop coercing. A 100,000-key object would otherwise be described
                    // 100,000 times, once per unknown key.
                    if (errors.Count >= maxErrors) throw new TooManyVariableErrors();
                    // graphql-js 17: `Variable "$e" has invalid value at .field[0]: <what is wrong>`.
                    var at = path.Count > 0 ? " at " + InputValueCoercion.PrintPath(path) : "";
                    errors.Add(GraphQLError.At($"Variable \"${name}\" has invalid value{at}: {error.Message}", definition) with { Exception = error.Exception });
                });
            }
            catch (TooManyVariableErrors)
            {
                errors.Add(new GraphQLError("Too many errors processing variables, error limit reached. Execution aborted."));
                break;
            }
        }

        return errors.Count == 0
            ? new VariableValuesResult(values, [])
            : new VariableValuesResult(null, errors);
    }

    /// <summary>
    /// Coerces the arguments written on a field or directive. Throws a <see cref="GraphQLException"/> (located at
    /// the offending node) for a missing required argument or an invalid value.
    /// </summary>
    /// <param name="ownerNode">The field or directive node, for the location of "was not provided" errors.</param>
    public static IReadOnlyDictionary<string, ArgumentValue> CoerceArgumentValues(
        IReadOnlyList<Argument> definitions,
        IReadOnlyList<ArgumentNode> arguments,
        IReadOnlyDictionary<string, object?>? variables,
        SyntaxNode? ownerNode = null)
    {
        var result = new Dictionary<string, ArgumentValue>(StringComparer.Ordinal);
        var given = new Dictionary<string, ArgumentNode>(StringComparer.Ordinal);
        foreach (var argument in arguments) given.TryAdd(argument.Name.Value, argument);

        foreach (var definition in definitions)
        {
            var name = definition.Name;
            if (!given.TryGetValue(name, out var argumentNode))
            {
                if (definition.HasDefaultValue)
                {
                    result[name] = new ArgumentValue(definition, definition.DefaultValue, ArgumentValueKind.Default, null);
                }
                else if (definition.Type is NonNullType)
                {
                    throw new GraphQLException(GraphQLError.At(
                        $"Argument \"{name}\" of required type \"{definition.Type.Print()}\" was not provided.", ownerNode));
                }

                continue;
            }

            var valueNode = argumentNode.Value;
            var kind = ArgumentValueKind.Literal;
            var isNull = valueNode is NullValueNode;
            if (valueNode is VariableNode variable)
            {
                var variableName = variable.Name.Value;
                if (variables is null || !variables.TryGetValue(variableName, out var variableValue))
                {
                    if (definition.HasDefaultValue)
                    {
                        result[name] = new ArgumentValue(definition, definition.DefaultValue, ArgumentValueKind.Default, null);
                    }
                    else if (definition.Type is NonNullType)
                    {
                        throw new GraphQLException(GraphQLError.At(
                            $"Argument \"{name}\" of required type \"{definition.Type.Print()}\" was provided the variable \"${variableName}\" which was not provided a runtime value.",
                            valueNode));
                    }

                    continue;
                }

                kind = ArgumentValueKind.Variable;
                isNull = variableValue is null;
            }

            if (isNull && definition.Type is NonNullType)
            {
                throw new GraphQLException(GraphQLError.At(
                    $"Argument \"{name}\" of non-null type \"{definition.Type.Print()}\" must not be null.", valueNode));
            }

            if (!LiteralCoercion.TryValueFromAst(valueNode, definition.Type, variables, out var value))
            {
                throw new GraphQLException(GraphQLError.At(
                    $"Argument \"{name}\" has invalid value {Printer.Print(valueNode)}.", valueNode));
            }

            result[name] = new ArgumentValue(definition, value, kind, valueNode);
        }

        return result;
    }

    /// <summary>
    /// The coerced arguments of <paramref name="directive"/> where it is applied on <paramref name="node"/>,
    /// or null when it is not applied (graphql-js getDirectiveValues; used for @skip and @include).
    /// </summary>
    public static IReadOnlyDictionary<string, object?>? GetDirectiveValues(
        DirectiveDefinition directive,
        IReadOnlyList<DirectiveNode> appliedDirectives,
        IReadOnlyDictionary<string, object?>? variables)
    {
        var node = appliedDirectives.FirstOrDefault(d => d.Name.Value == directive.Name);
        if (node is null) return null;
        return CoerceArgumentValues(directive.Arguments, node.Arguments, variables, node)
            .ToDictionary(pair => pair.Key, pair => pair.Value.Value);
    }

    private static string PrintTypeNode(TypeNode node) => node switch
    {
        NonNullTypeNode n => PrintTypeNode(n.Type) + "!",
        ListTypeNode l => "[" + PrintTypeNode(l.Type) + "]",
        NamedTypeNode named => named.Name.Value,
        _ => "",
    };
}

/// <summary>Unwinds variable coercion once the error limit is reached.</summary>
internal sealed class TooManyVariableErrors : Exception;
