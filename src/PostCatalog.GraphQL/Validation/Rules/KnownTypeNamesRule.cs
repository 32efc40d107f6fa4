using PostCatalog.GraphQL.Language;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Validation.Rules;

/// <summary>
/// Fragment Spread Type Existence (spec 5.5.1.2), and every other type reference: variable types, fragment
/// type conditions, and (in a document that also has type system definitions) the types SDL refers to.
/// </summary>
public sealed class KnownTypeNamesRule : ValidationRule
{
    // The spec's scalars and the introspection types: SDL may use them without defining them.
    private static readonly IReadOnlyList<string> StandardTypeNames =
    [
        "String", "Int", "Float", "Boolean", "ID",
        "__Schema", "__Directive", "__DirectiveLocation", "__Type", "__Field", "__InputValue", "__EnumValue", "__TypeKind",
    ];

    protected override string SpecSection => "sec-Fragment-Spread-Type-Existence";

    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

    private sealed class Visitor : ValidationVisitor
    {
        private readonly HashSet<string> _definedInDocument = new(StringComparer.Ordinal);
        private List<string>? _knownNames;

        public Visitor(ValidationContext context, IValidationRule rule) : base(context, rule)
        {
            foreach (var definition in context.Document.Definitions)
            {
                if (definition is TypeDefinitionNode { IsExtension: false } type) _definedInDocument.Add(type.Name.Value);
            }
        }

        // Suggestion candidates in graphql-js's order: the schema's types (with the introspection types and
        // the scalars they use, which every graphql-js schema has), then the document's. Only an error needs them,
        // so a valid document never pays for listing the schema's types.
        private List<string> KnownNames => _knownNames ??= MetaFields.TypeNames(Context.Schema).Concat(_definedInDocument).ToList();

        public override VisitAction EnterNamedType(NamedTypeNode node)
        {
            var name = node.Name.Value;
            if (IsKnown(name)) return VisitAction.Continue;

            // The definition this reference sits in: the document's child on the way down.
            var definition = Context.Ancestors.Count > 1 ? Context.Ancestors[1] : Context.Parent;
            var isSdl = definition is TypeSystemDefinitionNode;
            if (isSdl && StandardTypeNames.Contains(name)) return VisitAction.Continue;

            var suggestions = Context.HideSuggestions
                ? []
                : Suggestions.List(name, isSdl ? StandardTypeNames.Concat(KnownNames) : KnownNames);
            ReportError($"Unknown type \"{name}\"." + Suggestions.DidYouMean(suggestions), node);
            return VisitAction.Continue;
        }

        private bool IsKnown(string name) =>
            MetaFields.ResolveNamedType(Context.Schema, name) is not null || _definedInDocument.Contains(name);
    }
}
