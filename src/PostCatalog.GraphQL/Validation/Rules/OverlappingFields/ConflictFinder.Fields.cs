using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Validation.Rules.OverlappingFields;

// The comparison of two fields with the same response name (graphql-js's findConflict).
internal sealed partial class ConflictFinder
{
    /// <summary>
    /// Whether two fields that land on the same response key can be merged. Unless their parents are distinct
    /// object types (then they never both apply), they must be the same field with the same arguments. Either way
    /// their types must have the same shape, and their selections must merge too.
    /// </summary>
    private Conflict? FindConflict(
        bool parentFieldsAreMutuallyExclusive, string responseName, FieldDetails field1, FieldDetails field2)
    {
        // Interfaces and unions might overlap, if not in this schema then in a later version of it.
        var areMutuallyExclusive = parentFieldsAreMutuallyExclusive
            || (!SameNamedType(field1.ParentType, field2.ParentType)
                && field1.ParentType is ObjectType
                && field2.ParentType is ObjectType);
        if (!_budget.TrySpend(2)) return null;

        var node1 = field1.Node;
        var node2 = field2.Node;
        var name1 = node1.Name.Value;
        var name2 = node2.Name.Value;
        var identicalTypes = HaveIdenticalTypes(field1.Definition, field2.Definition);

        // The common case, e.g. the same leaf selected twice through two fragments.
        if (field1.IsSimpleLeaf && field2.IsSimpleLeaf && identicalTypes && name1 == name2) return null;

        if (!areMutuallyExclusive)
        {
            var info1 = field1.Info;
            var info2 = field2.Info;
            if (!info1.Comparisons.TryGetValue(info2, out var reason))
            {
                reason = name1 != name2
                    ? $"\"{Conflict.Abbreviate(name1)}\" and \"{Conflict.Abbreviate(name2)}\" are different fields"
                    : SameArguments(info1.Arguments, info2.Arguments) ? null : "they have differing arguments";
                info1.Comparisons[info2] = reason;
            }

            if (reason is not null) return Conflict.Between(responseName, reason, node1, node2);
        }

        // graphql-js 17: a streamed field merges with no other selection of its response name; the same @stream
        // twice gets a pointer to the working group's discussion.
        if (field1.StreamDirective is not null || field2.StreamDirective is not null)
        {
            var reason = "they have overlapping stream directives";
            if (field1.StreamDirective is not null && field2.StreamDirective is not null
                && SameArguments(field1.Info.StreamArguments, field2.Info.StreamArguments))
            {
                reason += ". See https://github.com/graphql/defer-stream-wg/discussions/100";
            }

            return Conflict.Between(responseName, reason, node1, node2);
        }

        var type1 = field1.Definition?.Type;
        var type2 = field2.Definition?.Type;
        if (type1 is not null && type2 is not null && !identicalTypes && DoTypesConflict(type1, type2))
        {
            return Conflict.Between(
                responseName, $"they return conflicting types \"{type1.Print()}\" and \"{type2.Print()}\"", node1, node2);
        }

        if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
        {
            var subfieldConflicts = FindConflictsBetweenSubSelectionSets(
                areMutuallyExclusive, field1.Info.NamedType, selectionSet1, field2.Info.NamedType, selectionSet2);
            if (_budget.IsExhausted) return null;
            return Conflict.FromSubfields(subfieldConflicts, responseName, node1, node2);
        }

        return null;
    }

    private bool SameArguments(ArgumentInfo? arguments1, ArgumentInfo? arguments2)
    {
        if (arguments1 is null) return arguments2 is null;
        if (arguments2 is null || arguments1.Nodes.Count != arguments2.Nodes.Count) return false;

        foreach (var argument1 in arguments1.Nodes)
        {
            if (!_budget.TrySpend(1)) return false;
            if (!arguments2.Values.TryGetValue(argument1.Name.Value, out var value2)) return false;
            if (_argumentKeys.KeyOf(argument1.Value) != _argumentKeys.KeyOf(value2)) return false;
        }

        return true;
    }

    /// <summary>
    /// Two types conflict when no value could satisfy both: list and non-null wrappers must match level by level,
    /// and leaf types must be the same. Composite types are left to the comparison of their selections.
    /// </summary>
    private bool DoTypesConflict(IType type1, IType type2)
    {
        if (type1 is INamedType named1 && type2 is INamedType named2 && SameNamedType(named1, named2)) return false;
        if (!_budget.TrySpend(1)) return false;

        if (type1 is ListType list1) return type2 is not ListType list2 || DoTypesConflict(list1.OfType, list2.OfType);
        if (type2 is ListType) return true;
        if (type1 is NonNullType nonNull1) return type2 is not NonNullType nonNull2 || DoTypesConflict(nonNull1.OfType, nonNull2.OfType);
        if (type2 is NonNullType) return true;
        return type1 is ILeafType || type2 is ILeafType;
    }

    /// <summary>
    /// Whether the two definitions' types are one and the same type object in graphql-js (which skips work, and
    /// budget, for those): the same named type, or the same wrapped type of the very same field definition.
    /// </summary>
    private static bool HaveIdenticalTypes(OutputField? definition1, OutputField? definition2)
    {
        if (definition1 is null || definition2 is null) return definition1 is null && definition2 is null;
        if (ReferenceEquals(definition1, definition2)) return true;
        return definition1.Type is INamedType named1 && definition2.Type is INamedType named2 && SameNamedType(named1, named2);
    }

    // A schema has one type per name; comparing names also covers types that were copied while the schema was built.
    private static bool SameNamedType(INamedType? type1, INamedType? type2) =>
        ReferenceEquals(type1, type2) || (type1 is not null && type2 is not null && type1.Name == type2.Name);
}
