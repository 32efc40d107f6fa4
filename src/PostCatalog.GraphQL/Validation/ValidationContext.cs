using PostCatalog.GraphQL.Language;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Validation;

/// <summary>
/// What rules know while a document is validated (graphql-js's <c>ValidationContext</c>): the schema and
/// document, fragments by name, the fragments and variable usages reachable from an operation, the current
/// position in the schema (<see cref="TypeInfo"/>) and in the tree (<see cref="Ancestors"/>), and where to
/// report errors. Lookups that walk the document are computed once and cached for all rules.
/// </summary>
public sealed class ValidationContext
{
    // graphql-js's budget for following fragment spreads: bounds the work a document of many
    // mutually spreading fragments can cause before validation gives up.
    private const int FragmentWorkBudget = 50_000;

    private readonly TypeInfo _typeInfo;
    private readonly List<SyntaxNode> _ancestors;
    private readonly Action<GraphQLError> _onError;
    private readonly Dictionary<SelectionSetNode, IReadOnlyList<FragmentSpreadNode>> _fragmentSpreads =
        new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, IReadOnlyList<FragmentDefinitionNode>> _recursiveFragments =
        new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<ExecutableDefinitionNode, IReadOnlyList<VariableUsage>> _variableUsages =
        new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, IReadOnlyList<VariableUsage>> _recursiveVariableUsages =
        new(ReferenceEqualityComparer.Instance);
    private Dictionary<string, FragmentDefinitionNode>? _fragments;
    private int _remainingFragmentWork = FragmentWorkBudget;

    internal ValidationContext(
        Schema schema,
        DocumentNode document,
        TypeInfo typeInfo,
        List<SyntaxNode> ancestors,
        Action<GraphQLError> onError,
        bool hideSuggestions)
    {
        Schema = schema;
        Document = document;
        _typeInfo = typeInfo;
        _ancestors = ancestors;
        _onError = onError;
        HideSuggestions = hideSuggestions;
    }

    public Schema Schema { get; }

    public DocumentNode Document { get; }

    /// <summary>True when errors must not carry "Did you mean ...?" hints.</summary>
    public bool HideSuggestions { get; }

    /// <inheritdoc cref="TypeInfo.Type"/>
    public IOutputType? Type => _typeInfo.Type;

    /// <inheritdoc cref="TypeInfo.ParentType"/>
    public ICompositeType? ParentType => _typeInfo.ParentType;

    /// <inheritdoc cref="TypeInfo.InputType"/>
    public IInputType? InputType => _typeInfo.InputType;

    /// <inheritdoc cref="TypeInfo.ParentInputType"/>
    public IInputType? ParentInputType => _typeInfo.ParentInputType;

    /// <inheritdoc cref="TypeInfo.FieldDefinition"/>
    public OutputField? FieldDefinition => _typeInfo.FieldDefinition;

    /// <inheritdoc cref="TypeInfo.DefaultValue"/>
    public ValueNode? DefaultValue => _typeInfo.DefaultValue;

    /// <inheritdoc cref="TypeInfo.Directive"/>
    public DirectiveDefinition? Directive => _typeInfo.Directive;

    /// <inheritdoc cref="TypeInfo.Argument"/>
    public Argument? Argument => _typeInfo.Argument;

    /// <inheritdoc cref="TypeInfo.EnumValue"/>
    public EnumValue? EnumValue => _typeInfo.EnumValue;

    /// <summary>The nodes from the document down to the parent of the node being visited.</summary>
    public IReadOnlyList<SyntaxNode> Ancestors => _ancestors;

    /// <summary>The parent of the node being visited (null for the document).</summary>
    public SyntaxNode? Parent => _ancestors.Count == 0 ? null : _ancestors[^1];

    /// <summary>Records an error; throws to end the walk once the error limit is reached.</summary>
    public void ReportError(GraphQLError error) => _onError(error);

    /// <summary>The fragment definition called <paramref name="name"/> (the first, if there are several).</summary>
    public FragmentDefinitionNode? GetFragment(string name)
    {
        if (_fragments is null)
        {
            _fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
            foreach (var definition in Document.Definitions)
            {
                // The last definition wins, as in graphql-js; duplicates are reported by UniqueFragmentNamesRule.
                if (definition is FragmentDefinitionNode fragment) _fragments[fragment.Name.Value] = fragment;
            }
        }

        return _fragments.GetValueOrDefault(name);
    }

    /// <summary>The fragment spreads inside a selection set, at any depth, not following the spreads themselves.</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        if (_fragmentSpreads.TryGetValue(selectionSet, out var cached)) return cached;

        // graphql-js's order: a stack of selection sets, each read front to back.
        var spreads = new List<FragmentSpreadNode>();
        var setsToVisit = new Stack<SelectionSetNode>();
        setsToVisit.Push(selectionSet);
        while (setsToVisit.TryPop(out var set))
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        spreads.Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } fieldSelections }:
                        setsToVisit.Push(fieldSelections);
                        break;
                    case InlineFragmentNode inline:
                        setsToVisit.Push(inline.SelectionSet);
                        break;
                }
            }
        }

        _fragmentSpreads[selectionSet] = spreads;
        return spreads;
    }

    /// <summary>Every fragment an operation uses, directly or through other fragments (defined ones only).</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        if (_recursiveFragments.TryGetValue(operation, out var cached)) return cached;
        var fragments = GetRecursivelyReferencedFragments([operation]);
        _recursiveFragments[operation] = fragments;
        return fragments;
    }

    /// <summary>Every fragment any of <paramref name="operations"/> uses, each once.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(IEnumerable<OperationDefinitionNode> operations)
    {
        // Breadth first over names, like graphql-js's insertion-ordered Set that grows while it is read.
        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in operations)
        {
            foreach (var spread in GetFragmentSpreads(operation.SelectionSet))
            {
                if (seen.Add(spread.Name.Value)) names.Add(spread.Name.Value);
            }
        }

        SpendFragmentWork(names.Count);
        var fragments = new List<FragmentDefinitionNode>();
        for (var i = 0; i < names.Count; i++)
        {
            if (GetFragment(names[i]) is not { } fragment) continue;
            fragments.Add(fragment);
            var spreads = GetFragmentSpreads(fragment.SelectionSet);
            SpendFragmentWork(spreads.Count);
            foreach (var spread in spreads)
            {
                if (seen.Add(spread.Name.Value)) names.Add(spread.Name.Value);
            }
        }

        return fragments;
    }

    /// <summary>The variables used in an operation or fragment itself (not in the fragments it spreads), in document order.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode definition)
    {
        if (_variableUsages.TryGetValue(definition, out var cached)) return cached;
        var collector = new VariableUsageCollector(new TypeInfo(Schema));
        new ValidationWalker(collector.TypeInfo, [collector]).Walk(definition);
        _variableUsages[definition] = collector.Usages;
        return collector.Usages;
    }

    /// <summary>The variables an operation uses, itself first, then in each fragment it reaches.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        if (_recursiveVariableUsages.TryGetValue(operation, out var cached)) return cached;
        var fragments = GetRecursivelyReferencedFragments(operation);
        SpendFragmentWork(fragments.Count);
        var usages = new List<VariableUsage>(GetVariableUsages(operation));
        foreach (var fragment in fragments)
        {
            var fragmentUsages = GetVariableUsages(fragment);
            SpendFragmentWork(fragmentUsages.Count);
            usages.AddRange(fragmentUsages);
        }

        _recursiveVariableUsages[operation] = usages;
        return usages;
    }

    /// <summary>Charges work against the fragment budget; aborts validation ("Validation aborted.") when it runs out.</summary>
    public void SpendFragmentWork(int cost)
    {
        _remainingFragmentWork -= cost;
        if (_remainingFragmentWork < 0) throw new ValidationAbortedException("Validation aborted.");
    }

    /// <summary>Collects <c>$variable</c> nodes with the input type expected where each appears.</summary>
    private sealed class VariableUsageCollector(TypeInfo typeInfo) : ISyntaxVisitor
    {
        public TypeInfo TypeInfo { get; } = typeInfo;

        public List<VariableUsage> Usages { get; } = [];

        public VisitAction Enter(SyntaxNode node)
        {
            switch (node)
            {
                // A variable definition's default value cannot use variables; do not count the definition itself.
                case VariableDefinitionNode:
                    return VisitAction.Skip;
                case VariableNode variable:
                    Usages.Add(new VariableUsage(
                        variable, TypeInfo.InputType, TypeInfo.DefaultValue is not null, TypeInfo.ParentInputType));
                    break;
            }

            return VisitAction.Continue;
        }

        public void Leave(SyntaxNode node) { }
    }
}
