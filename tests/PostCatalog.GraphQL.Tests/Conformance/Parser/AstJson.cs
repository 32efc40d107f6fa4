using System.Text.Json.Nodes;
using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Tests.Conformance.Parser;

/// <summary>
/// Our syntax tree in the JSON shape of graphql-js's AST (member names, kind names, absent optionals left out; as in
/// graphql-js 17, a list the grammar makes optional, such as arguments or directives, is left out when empty),
/// so the two can be compared with <see cref="JsonNode.DeepEquals"/>. Locations become <c>loc: { start, end }</c>.
/// </summary>
public static class AstJson
{
    public static JsonObject From(SyntaxNode node, bool locations = true) => new Writer(locations).Node(node);

    private sealed class Writer(bool locations)
    {
        public JsonObject Node(SyntaxNode node)
        {
            var json = new JsonObject { ["kind"] = node.Kind.ToString() };
            switch (node)
            {
                case NameNode n: json["value"] = n.Value; break;
                case DocumentNode n: json["definitions"] = List(n.Definitions); break;
                case OperationDefinitionNode n:
                    json["operation"] = Operation(n.Operation);
                    Optional(json, "description", n.Description);
                    Optional(json, "name", n.Name);
                    OptionalList(json, "variableDefinitions", n.VariableDefinitions);
                    OptionalList(json, "directives", n.Directives);
                    json["selectionSet"] = Node(n.SelectionSet);
                    break;
                case VariableDefinitionNode n:
                    Optional(json, "description", n.Description);
                    json["variable"] = Node(n.Variable);
                    json["type"] = Node(n.Type);
                    Optional(json, "defaultValue", n.DefaultValue);
                    OptionalList(json, "directives", n.Directives);
                    break;
                case VariableNode n: json["name"] = Node(n.Name); break;
                case SelectionSetNode n: json["selections"] = List(n.Selections); break;
                case FieldNode n:
                    Optional(json, "alias", n.Alias);
                    json["name"] = Node(n.Name);
                    OptionalList(json, "arguments", n.Arguments);
                    OptionalList(json, "directives", n.Directives);
                    Optional(json, "selectionSet", n.SelectionSet);
                    break;
                case ArgumentNode n: json["name"] = Node(n.Name); json["value"] = Node(n.Value); break;
                case FragmentSpreadNode n: json["name"] = Node(n.Name); OptionalList(json, "directives", n.Directives); break;
                case InlineFragmentNode n:
                    Optional(json, "typeCondition", n.TypeCondition);
                    OptionalList(json, "directives", n.Directives);
                    json["selectionSet"] = Node(n.SelectionSet);
                    break;
                case FragmentDefinitionNode n:
                    Optional(json, "description", n.Description);
                    json["name"] = Node(n.Name);
                    json["typeCondition"] = Node(n.TypeCondition);
                    OptionalList(json, "directives", n.Directives);
                    json["selectionSet"] = Node(n.SelectionSet);
                    break;
                case IntValueNode n: json["value"] = n.Value; break;
                case FloatValueNode n: json["value"] = n.Value; break;
                case StringValueNode n: json["value"] = n.Value; json["block"] = n.Block; break;
                case BooleanValueNode n: json["value"] = n.Value; break;
                case NullValueNode: break;
                case EnumValueNode n: json["value"] = n.Value; break;
                case ListValueNode n: json["values"] = List(n.Values); break;
                case ObjectValueNode n: json["fields"] = List(n.Fields); break;
                case ObjectFieldNode n: json["name"] = Node(n.Name); json["value"] = Node(n.Value); break;
                case DirectiveNode n: json["name"] = Node(n.Name); OptionalList(json, "arguments", n.Arguments); break;
                case NamedTypeNode n: json["name"] = Node(n.Name); break;
                case ListTypeNode n: json["type"] = Node(n.Type); break;
                case NonNullTypeNode n: json["type"] = Node(n.Type); break;
                case SchemaDefinitionNode n:
                    Optional(json, "description", n.Description);
                    OptionalList(json, "directives", n.Directives);
                    json["operationTypes"] = List(n.OperationTypes);
                    break;
                case SchemaExtensionNode n:
                    OptionalList(json, "directives", n.Directives);
                    OptionalList(json, "operationTypes", n.OperationTypes);
                    break;
                case OperationTypeDefinitionNode n: json["operation"] = Operation(n.Operation); json["type"] = Node(n.Type); break;
                case ScalarTypeDefinitionNode n: Named(json, n); OptionalList(json, "directives", n.Directives); break;
                case ObjectTypeDefinitionNode n:
                    Named(json, n);
                    OptionalList(json, "interfaces", n.Interfaces);
                    OptionalList(json, "directives", n.Directives);
                    OptionalList(json, "fields", n.Fields);
                    break;
                case InterfaceTypeDefinitionNode n:
                    Named(json, n);
                    OptionalList(json, "interfaces", n.Interfaces);
                    OptionalList(json, "directives", n.Directives);
                    OptionalList(json, "fields", n.Fields);
                    break;
                case UnionTypeDefinitionNode n: Named(json, n); OptionalList(json, "directives", n.Directives); OptionalList(json, "types", n.Types); break;
                case EnumTypeDefinitionNode n: Named(json, n); OptionalList(json, "directives", n.Directives); OptionalList(json, "values", n.Values); break;
                case InputObjectTypeDefinitionNode n: Named(json, n); OptionalList(json, "directives", n.Directives); OptionalList(json, "fields", n.Fields); break;
                case FieldDefinitionNode n:
                    Optional(json, "description", n.Description);
                    json["name"] = Node(n.Name);
                    OptionalList(json, "arguments", n.Arguments);
                    json["type"] = Node(n.Type);
                    OptionalList(json, "directives", n.Directives);
                    break;
                case InputValueDefinitionNode n:
                    Optional(json, "description", n.Description);
                    json["name"] = Node(n.Name);
                    json["type"] = Node(n.Type);
                    Optional(json, "defaultValue", n.DefaultValue);
                    OptionalList(json, "directives", n.Directives);
                    break;
                case EnumValueDefinitionNode n:
                    Optional(json, "description", n.Description);
                    json["name"] = Node(n.Name);
                    OptionalList(json, "directives", n.Directives);
                    break;
                case DirectiveDefinitionNode n:
                    Optional(json, "description", n.Description);
                    json["name"] = Node(n.Name);
                    OptionalList(json, "arguments", n.Arguments);
                    OptionalList(json, "directives", n.Directives);
                    json["repeatable"] = n.Repeatable;
                    json["locations"] = List(n.Locations);
                    break;
                case DirectiveExtensionNode n: json["name"] = Node(n.Name); OptionalList(json, "directives", n.Directives); break;
                default: throw new ArgumentException($"No JSON shape for {node.Kind}.");
            }

            if (locations && node.Location is { } loc)
                json["loc"] = new JsonObject { ["start"] = loc.Start, ["end"] = loc.End };
            return json;
        }

        /// <summary>Description (definitions only) and name of a type definition or extension.</summary>
        private void Named(JsonObject json, TypeDefinitionNode node)
        {
            StringValueNode? description = node switch
            {
                ScalarTypeDefinitionNode n => n.Description,
                ObjectTypeDefinitionNode n => n.Description,
                InterfaceTypeDefinitionNode n => n.Description,
                UnionTypeDefinitionNode n => n.Description,
                EnumTypeDefinitionNode n => n.Description,
                InputObjectTypeDefinitionNode n => n.Description,
                _ => null,
            };
            Optional(json, "description", description);
            json["name"] = Node(node.Name);
        }

        private void Optional(JsonObject json, string key, SyntaxNode? node)
        {
            if (node is not null) json[key] = Node(node);
        }

        /// <summary>graphql-js 17 leaves an optional list (arguments, directives, fields, ...) out of the AST when it is empty.</summary>
        private void OptionalList<T>(JsonObject json, string key, IReadOnlyList<T> nodes) where T : SyntaxNode
        {
            if (nodes.Count != 0) json[key] = List(nodes);
        }

        private JsonArray List<T>(IReadOnlyList<T> nodes) where T : SyntaxNode =>
            new(nodes.Select(n => (JsonNode)Node(n)).ToArray());

        private static string Operation(OperationType operation) => operation.ToString().ToLowerInvariant();
    }
}
