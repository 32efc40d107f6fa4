using System.Collections.Concurrent;
using PostCatalog.GraphQL.Execution.Incremental;
using PostCatalog.GraphQL.Language;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Execution.Planning;

/// <summary>What the executor does for a selection: resolve a field, or answer <c>__typename</c> itself.</summary>
public enum SelectionKind { Field, TypeName }

/// <summary>
/// A field in the plan: every field node sharing one response name in one selection set, merged (spec 6.3.2),
/// with the schema field it resolves. Argument values without variables are coerced once and reused.
/// </summary>
public sealed class Selection : ISelection
{
    private readonly ExecutionPlan _plan;
    private readonly FieldNode[] _nodes;
    private readonly DeferUsage?[] _usages;
    private ConcurrentDictionary<ObjectType, SelectionSet>? _children;
    private IReadOnlyDictionary<string, ArgumentValue>? _constantArguments;

    internal Selection(ExecutionPlan plan, ObjectType declaringType, ObjectField field, string responseName,
        List<(FieldNode Node, DeferUsage? Usage)> occurrences, SelectionKind kind, DeferUsage? deliveredBy)
    {
        _plan = plan;
        DeclaringType = declaringType;
        Field = field;
        ResponseName = responseName;
        _nodes = occurrences.Select(o => o.Node).ToArray();
        _usages = occurrences.Select(o => o.Usage).ToArray();
        DeliveredBy = deliveredBy;
        Kind = kind;
        var nodes = _nodes;
        Stream = Find(nodes[0].Directives, IncrementalDirectives.Stream) is { } stream && plan.IsActive(stream) ? stream : null;
        HasVariableArguments = nodes[0].Arguments.Any(argument => ContainsVariable(argument.Value));
        var returns = field.Type is NonNullType nonNull ? nonNull.OfType : field.Type;
        ParentRead = kind == SelectionKind.Field && returns is ILeafType && nodes[0].Arguments.Count == 0 ? field.ParentRead : null;
    }

    /// <summary>The field's pure read of its parent when it returns a leaf (<see cref="ObjectField.ParentRead"/>): the executor answers it in place.</summary>
    internal Func<object?, object?>? ParentRead { get; }

    public string ResponseName { get; }
    public SelectionKind Kind { get; }
    public FieldNode SyntaxNode => _nodes[0];
    public IReadOnlyList<FieldNode> SyntaxNodes => _nodes;
    public ObjectField Field { get; }
    public ObjectType DeclaringType { get; }
    public IOutputType Type => Field.Type;

    /// <summary>The <c>@defer</c> whose payload carries this field (null: the initial payload).</summary>
    public DeferUsage? DeliveredBy { get; }

    /// <summary>The field's active <c>@stream</c> (in an incremental plan only): its list items after <c>initialCount</c> come later.</summary>
    public DirectiveNode? Stream { get; }

    /// <summary>True when an argument reads a variable, so its values must be coerced per request.</summary>
    public bool HasVariableArguments { get; }

    /// <summary>The field's arguments coerced against <paramref name="variables"/> (spec CoerceArgumentValues).</summary>
    public IReadOnlyDictionary<string, ArgumentValue> CoerceArguments(IReadOnlyDictionary<string, object?> variables)
    {
        if (Field.Arguments.Count == 0 && SyntaxNode.Arguments.Count == 0) return EmptyArguments;
        if (HasVariableArguments)
            return InputCoercion.CoerceArgumentValues(Field.Arguments, SyntaxNode.Arguments, variables, SyntaxNode);
        return _constantArguments ??=
            InputCoercion.CoerceArgumentValues(Field.Arguments, SyntaxNode.Arguments, null, SyntaxNode);
    }

    /// <summary>The sub-selections for a value of <paramref name="type"/>, collected once per type.</summary>
    public SelectionSet GetSelectionSet(ObjectType type)
    {
        var children = _children ??= new ConcurrentDictionary<ObjectType, SelectionSet>();
        if (children.TryGetValue(type, out var set)) return set;
        // Each node's sub-selections keep the @defer the node was found under.
        var sets = new List<(SelectionSetNode, DeferUsage?)>(_nodes.Length);
        for (var i = 0; i < _nodes.Length; i++)
            if (_nodes[i].SelectionSet is { } selectionSet) sets.Add((selectionSet, _usages[i]));
        return children.GetOrAdd(type, FieldCollector.Collect(_plan, type, sets, DeliveredBy));
    }

    /// <remarks>
    /// With the fields <c>@defer</c> delivers later: they resolve on the same child objects, so a resolver that fetches
    /// for its children (a projection, a connection deciding whether to read rows) must fetch for them too.
    /// </remarks>
    public IReadOnlyList<ISelection> GetChildSelections(ObjectType typeContext)
    {
        var set = GetSelectionSet(typeContext);
        return set.Deferred.Count == 0 ? set.Selections : [.. WithDeferred(set)];
    }

    private static IEnumerable<Selection> WithDeferred(SelectionSet set) =>
        set.Selections.Concat(set.Deferred.SelectMany(deferred => WithDeferred(deferred.Fields)));

    public override string ToString() => $"{DeclaringType.Name}.{Field.Name} as {ResponseName}";

    private static readonly IReadOnlyDictionary<string, ArgumentValue> EmptyArguments =
        new Dictionary<string, ArgumentValue>();

    private static DirectiveNode? Find(IReadOnlyList<DirectiveNode> directives, string name)
    {
        foreach (var directive in directives)
            if (directive.Name.Value == name) return directive;
        return null;
    }

    private static bool ContainsVariable(ValueNode value) => value switch
    {
        VariableNode => true,
        ListValueNode list => list.Values.Any(ContainsVariable),
        ObjectValueNode obj => obj.Fields.Any(field => ContainsVariable(field.Value)),
        _ => false,
    };
}
