using PostCatalog.GraphQL.Language;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Validation.Rules;

/// <summary>
/// Field Selections (spec 5.3.1): every field selected is defined on the type it is selected on. The error
/// suggests, in order: the types an inline fragment could narrow to that have the field, else similar field names.
/// </summary>
public sealed class FieldsOnCorrectTypeRule : ValidationRule
{
    protected override string SpecSection => "sec-Field-Selections";

    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

    private sealed class Visitor(ValidationContext context, IValidationRule rule) : ValidationVisitor(context, rule)
    {
        public override VisitAction EnterField(FieldNode node)
        {
            if (Context.ParentType is not { } parentType || Context.FieldDefinition is not null) return VisitAction.Continue;

            var name = node.Name.Value;

            var suggestion = Context.HideSuggestions
                ? ""
                : DidYouMeanInlineFragment(SuggestedTypeNames(parentType, name));
            if (suggestion.Length == 0 && !Context.HideSuggestions)
            {
                suggestion = Suggestions.DidYouMean(SuggestedFieldNames(parentType, name));
            }

            ReportError($"Cannot query field \"{name}\" on type \"{parentType.Name}\"." + suggestion, node);
            return VisitAction.Continue;
        }

        /// <summary>
        /// For an interface or union: the possible types, and their interfaces, that define the field, most used
        /// first, super types before sub types, then by name.
        /// </summary>
        private List<string> SuggestedTypeNames(ICompositeType type, string fieldName)
        {
            if (type is not IAbstractType abstractType) return [];

            var schema = Context.Schema;
            var suggested = new List<ICompositeType>();
            var usageCount = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var possibleType in schema.GetPossibleTypes(abstractType))
            {
                if (possibleType.GetField(fieldName) is null) continue;
                if (!suggested.Contains(possibleType)) suggested.Add(possibleType);
                usageCount[possibleType.Name] = 1;
                foreach (var possibleInterface in possibleType.Interfaces)
                {
                    if (possibleInterface.GetField(fieldName) is null) continue;
                    if (!suggested.Contains(possibleInterface)) suggested.Add(possibleInterface);
                    usageCount[possibleInterface.Name] = usageCount.GetValueOrDefault(possibleInterface.Name) + 1;
                }
            }

            StableSort.Sort(suggested, (a, b) =>
            {
                var byUsage = usageCount[b.Name] - usageCount[a.Name];
                if (byUsage != 0) return byUsage;
                if (a is InterfaceType superA && schema.IsSubType(superA, b)) return -1;
                if (b is InterfaceType superB && schema.IsSubType(superB, a)) return 1;
                return NaturalComparer.Instance.Compare(a.Name, b.Name);
            });
            return suggested.Select(t => t.Name).ToList();
        }

        // graphql-js: ' Did you mean to use an inline fragment on "A" or "B"?'
        private static string DidYouMeanInlineFragment(IReadOnlyList<string> typeNames)
        {
            const string plain = " Did you mean ";
            var hint = Suggestions.DidYouMean(typeNames);
            return hint.Length == 0 ? "" : plain + "to use an inline fragment on " + hint[plain.Length..];
        }

        /// <summary>Similar field names of an object or interface (a union has no fields of its own).</summary>
        private static IReadOnlyList<string> SuggestedFieldNames(ICompositeType type, string fieldName) =>
            type is IComplexOutputType complex ? Suggestions.List(fieldName, complex.Fields.Select(f => f.Name)) : [];
    }
}
