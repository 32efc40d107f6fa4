namespace PostCatalog.GraphQL.Language;

/// <summary>
/// Prints a syntax tree back to GraphQL source, character for character as graphql-js's <c>print()</c>:
/// two-space indentation, one selection per line, field arguments wrapped onto their own lines when the
/// line would pass 80 characters, descriptions above what they describe. Output re-parses to the same tree.
/// </summary>
public static class Printer
{
    private const int MaxLineLength = 80;

    public static string Print(SyntaxNode node) => node switch
    {
        NameNode n => n.Value,
        VariableNode n => "$" + n.Name.Value,
        DocumentNode n => Join(n.Definitions.Select(Print), "\n\n"),
        OperationDefinitionNode n => PrintOperation(n),
        VariableDefinitionNode n => Join([
            Wrap("", PrintOrEmpty(n.Description), "\n"), Print(n.Variable), ": ", Print(n.Type),
            Wrap(" = ", PrintOrEmpty(n.DefaultValue)), Wrap(" ", Directives(n.Directives))]),
        // graphql-js 17 accepts an empty selection set (graphql-spec#1227) and prints it as `{}`.
        SelectionSetNode n => n.Selections.Count == 0 ? "{}" : Block(n.Selections.Select(Print)),
        FieldNode n => Join([
            WrappedLineAndArguments(Join([Wrap("", PrintOrEmpty(n.Alias), ": "), n.Name.Value]), n.Arguments),
            Wrap(" ", Directives(n.Directives)), Wrap(" ", PrintOrEmpty(n.SelectionSet))]),
        ArgumentNode n => n.Name.Value + ": " + Print(n.Value),
        FragmentSpreadNode n => Join(["...", n.Name.Value, Wrap(" ", Directives(n.Directives))]),
        InlineFragmentNode n => Join(["...", Wrap("on ", PrintOrEmpty(n.TypeCondition)), Directives(n.Directives), PrintOrEmpty(n.SelectionSet)], " "),
        FragmentDefinitionNode n => Join([
            Wrap("", PrintOrEmpty(n.Description), "\n"), "fragment ", n.Name.Value, " on ", Print(n.TypeCondition), " ",
            Wrap("", Directives(n.Directives), " "), PrintOrEmpty(n.SelectionSet)]),

        IntValueNode n => n.Value,
        FloatValueNode n => n.Value,
        StringValueNode n => n.Block ? BlockString.Print(n.Value) : StringLiteral.Print(n.Value),
        BooleanValueNode n => n.Value ? "true" : "false",
        NullValueNode => "null",
        EnumValueNode n => n.Value,
        ListValueNode n => PrintList(n.Values.Select(Print).ToList()),
        ObjectValueNode n => PrintObject(n.Fields.Select(Print).ToList()),
        ObjectFieldNode n => n.Name.Value + ": " + Print(n.Value),
        DirectiveNode n => Join(["@", n.Name.Value, Wrap("(", Join(n.Arguments.Select(Print), ", "), ")")]),

        NamedTypeNode n => n.Name.Value,
        ListTypeNode n => "[" + Print(n.Type) + "]",
        NonNullTypeNode n => Print(n.Type) + "!",

        SchemaDefinitionNode n => Described(n.Description,
            Join(["schema", Directives(n.Directives), Block(n.OperationTypes.Select(Print))], " ")),
        SchemaExtensionNode n => Join(["extend schema", Directives(n.Directives), Block(n.OperationTypes.Select(Print))], " "),
        OperationTypeDefinitionNode n => OperationKeyword(n.Operation) + ": " + Print(n.Type),
        ScalarTypeDefinitionNode n => Described(n.Description,
            Join([Keyword(n, "scalar"), n.Name.Value, Directives(n.Directives)], " ")),
        ObjectTypeDefinitionNode n => Described(n.Description, Join([
            Keyword(n, "type"), n.Name.Value, Wrap("implements ", Join(n.Interfaces.Select(Print), " & ")),
            Directives(n.Directives), Block(n.Fields.Select(Print))], " ")),
        InterfaceTypeDefinitionNode n => Described(n.Description, Join([
            Keyword(n, "interface"), n.Name.Value, Wrap("implements ", Join(n.Interfaces.Select(Print), " & ")),
            Directives(n.Directives), Block(n.Fields.Select(Print))], " ")),
        UnionTypeDefinitionNode n => Described(n.Description, Join([
            Keyword(n, "union"), n.Name.Value, Directives(n.Directives), Wrap("= ", Join(n.Types.Select(Print), " | "))], " ")),
        EnumTypeDefinitionNode n => Described(n.Description,
            Join([Keyword(n, "enum"), n.Name.Value, Directives(n.Directives), Block(n.Values.Select(Print))], " ")),
        InputObjectTypeDefinitionNode n => Described(n.Description,
            Join([Keyword(n, "input"), n.Name.Value, Directives(n.Directives), Block(n.Fields.Select(Print))], " ")),
        FieldDefinitionNode n => Join([
            Wrap("", PrintOrEmpty(n.Description), "\n"), n.Name.Value, ArgumentDefinitions(n.Arguments), ": ", Print(n.Type),
            Wrap(" ", Directives(n.Directives))]),
        InputValueDefinitionNode n => Join([
            Wrap("", PrintOrEmpty(n.Description), "\n"), n.Name.Value, ": ", Print(n.Type),
            Wrap(" = ", PrintOrEmpty(n.DefaultValue)), Wrap(" ", Directives(n.Directives))]),
        EnumValueDefinitionNode n => Described(n.Description, Join([n.Name.Value, Directives(n.Directives)], " ")),
        DirectiveDefinitionNode n => Join([
            Wrap("", PrintOrEmpty(n.Description), "\n"), "directive @", n.Name.Value, ArgumentDefinitions(n.Arguments),
            Wrap(" ", Directives(n.Directives)), n.Repeatable ? " repeatable" : "", " on ",
            Join(n.Locations.Select(Print), " | ")]),

        DirectiveExtensionNode n => Join(["extend directive @" + n.Name.Value, Directives(n.Directives)], " "),

        _ => throw new ArgumentException($"Cannot print a {node.Kind} node.", nameof(node)),
    };

    /// <summary>A list value on one line, or one item per line when that line would pass 80 characters (graphql-js 17).</summary>
    private static string PrintList(List<string> values) =>
        2 + JoinedLength(values, ", ") > MaxLineLength
            ? Wrap("[\n", Indent(Join(values, "\n")), "\n]")
            : "[" + Join(values, ", ") + "]";

    /// <summary>
    /// An object value as <c>{ a: 1 }</c> (spaces inside the braces; an empty one is <c>{  }</c>, as graphql-js 17
    /// prints it), or a block of one field per line when that would pass 80 characters.
    /// </summary>
    private static string PrintObject(List<string> fields) =>
        4 + JoinedLength(fields, ", ") > MaxLineLength
            ? Block(fields)
            : "{ " + Join(fields, ", ") + " }";

    private static int JoinedLength(List<string> items, string separator)
    {
        int length = 0;
        foreach (string item in items)
            if (item.Length != 0) length += (length == 0 ? 0 : separator.Length) + item.Length;
        return length;
    }

    private static string PrintOrEmpty(SyntaxNode? node) => node is null ? "" : Print(node);

    private static string PrintOperation(OperationDefinitionNode n)
    {
        var variables = n.VariableDefinitions.Select(Print).ToList();
        string variableDefinitions = HasMultilineItems(variables)
            ? Wrap("(\n", Join(variables, "\n"), "\n)")
            : Wrap("(", Join(variables, ", "), ")");
        string operation = OperationKeyword(n.Operation);
        string prefix = Join([
            Wrap("", PrintOrEmpty(n.Description), "\n"),
            Join([operation, Join([PrintOrEmpty(n.Name), variableDefinitions]), Directives(n.Directives)], " ")]);
        // An anonymous query with nothing else to say prints as the shorthand `{ ... }`.
        bool shorthand = n.Operation == OperationType.Query && prefix.Length == operation.Length;
        return Join([shorthand ? "" : prefix + " ", PrintOrEmpty(n.SelectionSet)]);
    }

    private static string OperationKeyword(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };

    private static string Keyword(TypeDefinitionNode node, string keyword) =>
        node.IsExtension ? "extend " + keyword : keyword;

    private static string Described(StringValueNode? description, string definition) =>
        Join([Wrap("", PrintOrEmpty(description), "\n"), definition]);

    private static string Directives(IReadOnlyList<DirectiveNode> directives) => Join(directives.Select(Print), " ");

    /// <summary>Argument definitions go one per line when any of them spans lines (has a description).</summary>
    private static string ArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        var printed = arguments.Select(Print).ToList();
        return HasMultilineItems(printed)
            ? Wrap("(\n", Indent(Join(printed, "\n")), "\n)")
            : Wrap("(", Join(printed, ", "), ")");
    }

    /// <summary>A field's arguments go one per line when the line would pass 80 characters.</summary>
    private static string WrappedLineAndArguments(string prefix, IReadOnlyList<ArgumentNode> arguments)
    {
        if (arguments.Count == 0) return prefix;
        var printed = arguments.Select(Print).ToList();
        return prefix + (prefix.Length + JoinedLength(printed, ", ") + 2 > MaxLineLength
            ? Wrap("(\n", Indent(Join(printed, "\n")), "\n)")
            : Wrap("(", Join(printed, ", "), ")"));
    }

    /// <summary>Items one per line inside an indented <c>{ }</c> block.</summary>
    private static string Block(IEnumerable<string> items) => Wrap("{\n", Indent(Join(items, "\n")), "\n}");

    private static string Indent(string text) => text.Length == 0 ? "" : "  " + text.Replace("\n", "\n  ");

    /// <summary>The non-empty items joined by <paramref name="separator"/>.</summary>
    private static string Join(IEnumerable<string> items, string separator = "")
    {
        var builder = new System.Text.StringBuilder();
        foreach (string item in items)
        {
            if (item.Length == 0) continue;
            if (builder.Length != 0) builder.Append(separator);
            builder.Append(item);
        }
        return builder.ToString();
    }

    /// <summary><paramref name="text"/> between start and end, or nothing when it is empty.</summary>
    private static string Wrap(string start, string text, string end = "") => text.Length == 0 ? "" : start + text + end;

    private static bool HasMultilineItems(List<string> items) => items.Exists(item => item.Contains('\n'));
}
