using PostCatalog.GraphQL.Language;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Validation.Rules.OverlappingFields;

/// <summary>
/// Flattens selection sets into <see cref="CollectedFields"/>, once per (parent type, selection set): the same
/// fragment is compared from many places, and its collection, with the comparisons it remembers, is shared.
/// Fragment spreads are not followed here; the conflict finder compares fragments pairwise instead.
/// </summary>
internal sealed class FieldCollector(ValidationContext context)
{
    // By parent type, then selection set; both by reference. A null parent type (unknown) is a key of its own.
    private readonly Dictionary<object, Dictionary<SelectionSetNode, CollectedFields>> _cache =
        new(ReferenceEqualityComparer.Instance);
    private readonly object _unknownParentType = new();
    private readonly Dictionary<string, CollectedFields?> _fragments = new(StringComparer.Ordinal);

    public CollectedFields Collect(INamedType? parentType, SelectionSetNode selectionSet)
    {
        var key = (object?)parentType ?? _unknownParentType;
        if (!_cache.TryGetValue(key, out var bySelectionSet))
        {
            bySelectionSet = new Dictionary<SelectionSetNode, CollectedFields>(ReferenceEqualityComparer.Instance);
            _cache[key] = bySelectionSet;
        }

        if (bySelectionSet.TryGetValue(selectionSet, out var cached)) return cached;

        var collected = new CollectedFields();
        CollectInto(collected, parentType, selectionSet);
        bySelectionSet[selectionSet] = collected;
        return collected;
    }

    /// <summary>The own fields of the fragment called <paramref name="name"/>, on its type condition; null when it is not defined.</summary>
    public CollectedFields? CollectFragment(string name)
    {
        // Fragments are looked up once per comparison, often thousands of times: remember them by name.
        if (_fragments.TryGetValue(name, out var cached)) return cached;
        var fragment = context.GetFragment(name);
        var collected = fragment is null ? null : Collect(TypeOf(fragment.TypeCondition), fragment.SelectionSet);
        _fragments[name] = collected;
        return collected;
    }

    private void CollectInto(CollectedFields collected, INamedType? parentType, SelectionSetNode selectionSet)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    // Only the schema's own fields: __typename has no definition here, as in graphql-js.
                    var definition = (parentType as IComplexOutputType)?.GetField(field.Name.Value);
                    collected.AddField(field.ResponseName, new FieldDetails(parentType, field, definition));
                    break;
                case FragmentSpreadNode spread:
                    collected.AddFragmentName(spread.Name.Value);
                    break;
                case InlineFragmentNode inline:
                    var fragmentType = inline.TypeCondition is null ? parentType : TypeOf(inline.TypeCondition);
                    CollectInto(collected, fragmentType, inline.SelectionSet);
                    break;
            }
        }
    }

    private INamedType? TypeOf(NamedTypeNode typeCondition) =>
        MetaFields.TypeFromAst(context.Schema, typeCondition) as INamedType;
}
