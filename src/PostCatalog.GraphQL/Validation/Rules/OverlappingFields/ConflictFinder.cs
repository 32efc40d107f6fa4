using PostCatalog.GraphQL.Language;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Validation.Rules.OverlappingFields;

/// <summary>
/// graphql-js's algorithm for Field Selection Merging (spec 5.3.2), for one document. A selection set is flattened
/// (inline fragments included, spreads not), fields are compared only with fields of the same response name, and
/// fragments are compared with fields and with each other pairwise, each pair once (<see cref="PairSet"/>), so the
/// work stays polynomial; <see cref="ComplexityBudget"/> bounds it for hostile documents. The letters in comments
/// are graphql-js's steps (A) to (J). This file walks selection sets and fragments; the comparison of two fields is
/// in <c>ConflictFinder.Fields.cs</c>.
/// </summary>
internal sealed partial class ConflictFinder(ValidationContext context)
{
    private readonly FieldCollector _collector = new(context);
    private readonly PairSet _comparedFragmentPairs = new();
    private readonly ArgumentValueKeys _argumentKeys = new();
    private readonly ComplexityBudget _budget = new();

    /// <summary>The conflicts among the fields a selection set (with the fragments it spreads) selects at its level.</summary>
    public List<Conflict> FindConflictsWithinSelectionSet(INamedType? parentType, SelectionSetNode selectionSet)
    {
        var conflicts = new List<Conflict>();
        var collected = _collector.Collect(parentType, selectionSet);

        // (A) The fields of the selection set itself, compared within each response name.
        CollectConflictsWithin(conflicts, collected);

        // A lone spread has nothing at this level to conflict with; its own selection set is checked on its own.
        var fragmentNames = collected.FragmentNames;
        if (fragmentNames.Count != 0 && (collected.Groups.Count != 0 || fragmentNames.Count > 1))
        {
            for (var i = 0; i < fragmentNames.Count && !_budget.IsExhausted; i++)
            {
                // (B) Each fragment against the fields, then (C) against every later fragment.
                CollectConflictsBetweenFieldsAndFragment(conflicts, false, collected, fragmentNames[i]);
                for (var j = i + 1; j < fragmentNames.Count && !_budget.IsExhausted; j++)
                {
                    CollectConflictsBetweenFragments(conflicts, false, fragmentNames[i], fragmentNames[j]);
                }
            }
        }

        _budget.ThrowIfExhausted();
        return conflicts;
    }

    // (D, E) Fields against a fragment's fields, then against the fragments it spreads, each fragment once per
    // collection (a non-exclusive comparison also stands in for an exclusive one). graphql-js recurses into the
    // spread fragments; an explicit stack visits them in the same order without a call per link of a long chain.
    private void CollectConflictsBetweenFieldsAndFragment(
        List<Conflict> conflicts, bool areMutuallyExclusive, CollectedFields fields, string fragmentName)
    {
        var pending = new Stack<string>();
        pending.Push(fragmentName);
        while (pending.TryPop(out var name))
        {
            if (!_budget.TrySpend(1) || fields.Groups.Count == 0) return;

            if (fields.ComparedFragments.TryGetValue(name, out var comparedExclusive)
                && (!comparedExclusive || areMutuallyExclusive))
            {
                continue;
            }

            fields.ComparedFragments[name] = areMutuallyExclusive;
            if (_collector.CollectFragment(name) is not { } fragmentFields || ReferenceEquals(fields, fragmentFields)) continue;

            CollectConflictsBetween(conflicts, areMutuallyExclusive, fields, fragmentFields);
            var spread = fragmentFields.FragmentNames;
            for (var i = spread.Count - 1; i >= 0; i--) pending.Push(spread[i]);
        }
    }

    // (F, G) Two fragments' fields, then the first against each fragment the second spreads, then the second
    // against each fragment the first spreads; each pair once. Depth first with an explicit stack, in graphql-js's order.
    private void CollectConflictsBetweenFragments(
        List<Conflict> conflicts, bool areMutuallyExclusive, string fragmentName1, string fragmentName2)
    {
        var pending = new Stack<(string, string)>();
        pending.Push((fragmentName1, fragmentName2));
        while (pending.TryPop(out var pair))
        {
            var (name1, name2) = pair;
            if (!_budget.TrySpend(2)) return;
            if (name1 == name2 || _comparedFragmentPairs.Has(name1, name2, areMutuallyExclusive)) continue;
            _comparedFragmentPairs.Add(name1, name2, areMutuallyExclusive);

            if (_collector.CollectFragment(name1) is not { } fields1 || _collector.CollectFragment(name2) is not { } fields2)
            {
                continue;
            }

            CollectConflictsBetween(conflicts, areMutuallyExclusive, fields1, fields2);
            // Pushed in reverse so that they are popped in order: (1, each spread of 2), then (each spread of 1, 2).
            for (var i = fields1.FragmentNames.Count - 1; i >= 0; i--) pending.Push((fields1.FragmentNames[i], name2));
            for (var i = fields2.FragmentNames.Count - 1; i >= 0; i--) pending.Push((name1, fields2.FragmentNames[i]));
        }
    }

    // (H, I, J) The selections of two overlapping fields: fields with fields, fields with the other side's
    // fragments, fragments with fragments.
    private List<Conflict> FindConflictsBetweenSubSelectionSets(
        bool areMutuallyExclusive,
        INamedType? parentType1,
        SelectionSetNode selectionSet1,
        INamedType? parentType2,
        SelectionSetNode selectionSet2)
    {
        var conflicts = new List<Conflict>();
        var fields1 = _collector.Collect(parentType1, selectionSet1);
        var fields2 = _collector.Collect(parentType2, selectionSet2);

        CollectConflictsBetween(conflicts, areMutuallyExclusive, fields1, fields2);
        foreach (var fragmentName2 in fields2.FragmentNames)
        {
            if (_budget.IsExhausted) break;
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, fields1, fragmentName2);
        }

        foreach (var fragmentName1 in fields1.FragmentNames)
        {
            if (_budget.IsExhausted) break;
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, fields2, fragmentName1);
        }

        foreach (var fragmentName1 in fields1.FragmentNames)
        {
            foreach (var fragmentName2 in fields2.FragmentNames)
            {
                if (_budget.IsExhausted) break;
                CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, fragmentName1, fragmentName2);
            }
        }

        return conflicts;
    }

    // Every pair of fields that share a response name within one collection.
    private void CollectConflictsWithin(List<Conflict> conflicts, CollectedFields collected)
    {
        foreach (var (responseName, fields) in collected.Groups)
        {
            if (fields.Count < 2) continue;
            // Each pair costs at least 2: a group too big for the budget aborts before its quadratic work.
            if (!_budget.CanAfford((long)fields.Count * (fields.Count - 1))) return;
            for (var i = 0; i < fields.Count; i++)
            {
                for (var j = i + 1; j < fields.Count; j++)
                {
                    if (_budget.IsExhausted) return;
                    if (FindConflict(false, responseName, fields[i], fields[j]) is { } conflict) conflicts.Add(conflict);
                }
            }
        }
    }

    // Every field of one collection with every field of the same response name in the other. Each collection
    // was checked within itself when its own selection set was visited.
    private void CollectConflictsBetween(
        List<Conflict> conflicts, bool parentFieldsAreMutuallyExclusive, CollectedFields fields1, CollectedFields fields2)
    {
        if (fields1.Groups.Count == 0 || fields2.Groups.Count == 0) return;

        foreach (var (responseName, group1, group2) in OverlapsOf(fields1, fields2))
        {
            if (!_budget.CanAfford(2L * group1.Count * group2.Count)) return;
            foreach (var field1 in group1)
            {
                foreach (var field2 in group2)
                {
                    if (_budget.IsExhausted) return;
                    if (FindConflict(parentFieldsAreMutuallyExclusive, responseName, field1, field2) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    // The response names two collections share, found once per ordered pair of collections.
    private IReadOnlyList<Overlap> OverlapsOf(CollectedFields fields1, CollectedFields fields2)
    {
        if (fields1.OverlapsWith.TryGetValue(fields2, out var cached)) return cached;

        List<Overlap>? overlaps = null;
        foreach (var (responseName, group1) in fields1.Groups)
        {
            if (!_budget.TrySpend(1)) return [];
            if (fields2.FieldsNamed(responseName) is { } group2) (overlaps ??= []).Add(new Overlap(responseName, group1, group2));
        }

        IReadOnlyList<Overlap> found = overlaps is null ? [] : overlaps;
        fields1.OverlapsWith[fields2] = found;
        return found;
    }
}
