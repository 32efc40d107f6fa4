using PostCatalog.GraphQL.Execution.Planning;
using PostCatalog.GraphQL.Language;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Execution.Limits;

/// <summary>
/// Estimates an operation's cost before it runs, after HotChocolate 14's cost analyzer (IBM cost spec), but priced by
/// the work the executor will do:
/// <list type="bullet">
/// <item>field cost: each field's weight (<see cref="CostOptions.DefaultResolverCost"/> for resolver-backed composite
/// fields and <c>totalCount</c>, 1 for other composite fields, 0 for leaves) plus its arguments' cost, times the
/// number of times it runs: once per parent item (the list sizes above it multiplied), or, for a field marked
/// <see cref="CostFieldExtensions.Batched"/> (a DataLoader, a nested connection), once per selection path, because
/// all its parents are fetched in one statement. Connection plumbing under a batched connection (<c>totalCount</c>)
/// is batched with it. HotChocolate multiplies every field by its list sizes;</item>
/// <item>type cost: 1 per object (the root included), multiplied through list sizes;</item>
/// <item>list size: a connection's <c>edges</c>/<c>nodes</c> take <c>first</c>/<c>last</c> (the larger), else the
/// default page size; other lists take their list argument's length (<c>nodes(ids:)</c>), else
/// <see cref="CostOptions.DefaultListSize"/>.</item>
/// </list>
/// Fields with the same response name are merged as execution merges them; abstract types cost their most costly
/// possible type. <c>@skip</c>/<c>@include</c> are ignored (both branches count), and introspection fields are free.
/// </summary>
public sealed class CostAnalyzer
{
    private static readonly string[] SlicingArguments = ["first", "last"];
    private static readonly string[] SizedFields = ["edges", "nodes"];
    private static readonly HashSet<string> ExpensiveFilterOperations =
        ["contains", "ncontains", "startsWith", "nstartsWith", "endsWith", "nendsWith"];

    private readonly Schema _schema;
    private readonly CompiledOperation _operation;
    private readonly IReadOnlyDictionary<string, object?> _variables;
    private readonly CostOptions _options;
    private int _selectionsLeft;

    private CostAnalyzer(Schema schema, CompiledOperation operation, IReadOnlyDictionary<string, object?> variables, CostOptions options)
    {
        _schema = schema;
        _operation = operation;
        _variables = variables;
        _options = options;
        _selectionsLeft = options.MaxAnalyzedSelections;
    }

    public static CostMetrics Analyze(Schema schema, CompiledOperation operation, IReadOnlyDictionary<string, object?> variables,
        CostOptions options)
    {
        var analyzer = new CostAnalyzer(schema, operation, variables, options);
        try
        {
            var (fieldCost, typeCost) = analyzer.CostOn(operation.RootType, [operation.Definition.SelectionSet], sliceSize: null, runs: 1, batched: false);
            return new CostMetrics(fieldCost, typeCost + 1); // the root object counts once
        }
        catch (SelectionBudgetExceeded)
        {
            return new CostMetrics(double.PositiveInfinity, double.PositiveInfinity);
        }
    }

    /// <param name="runs">How many times each field of the set is resolved: the product of the list sizes above it.</param>
    /// <param name="batched">Whether the set belongs to a batched connection, whose plumbing (<c>totalCount</c>) is batched too.</param>
    private (double Field, double Type) SelectionSetCost(ICompositeType type, List<SelectionSetNode> sets, double? sliceSize, double runs, bool batched)
    {
        if (type is ObjectType objectType) return CostOn(objectType, sets, sliceSize, runs, batched);
        double field = 0, typeCost = 0;
        foreach (var possible in _schema.GetPossibleTypes((IAbstractType)type))
        {
            var cost = CostOn(possible, sets, sliceSize, runs, batched);
            field = Math.Max(field, cost.Field);
            typeCost = Math.Max(typeCost, cost.Type);
        }
        return (field, typeCost);
    }

    /// <summary>The cost of the selections as they apply to one object type (fields grouped by response name).</summary>
    private (double Field, double Type) CostOn(ObjectType type, List<SelectionSetNode> sets, double? sliceSize, double runs, bool batched)
    {
        var fields = new Dictionary<string, (FieldNode First, List<SelectionSetNode> Children)>(StringComparer.Ordinal);
        var fragmentsOnPath = new HashSet<string>(StringComparer.Ordinal);
        foreach (var set in sets) Collect(type, set, fields, fragmentsOnPath);

        double fieldCost = 0, typeCost = 0;
        foreach (var (node, children) in fields.Values)
        {
            var cost = FieldCost(type, node, children, sliceSize, runs, batched);
            fieldCost += cost.Field;
            typeCost += cost.Type;
        }
        return (fieldCost, typeCost);
    }

    private void Collect(ObjectType type, SelectionSetNode set,
        Dictionary<string, (FieldNode First, List<SelectionSetNode> Children)> fields, HashSet<string> fragmentsOnPath)
    {
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    if (--_selectionsLeft < 0) throw new SelectionBudgetExceeded();
                    if (!fields.TryGetValue(field.ResponseName, out var entry))
                        fields[field.ResponseName] = entry = (field, []);
                    if (field.SelectionSet is { } children) entry.Children.Add(children);
                    break;
                case InlineFragmentNode inline when Applies(type, inline.TypeCondition):
                    Collect(type, inline.SelectionSet, fields, fragmentsOnPath);
                    break;
                case FragmentSpreadNode spread when fragmentsOnPath.Add(spread.Name.Value):
                    if (_operation.Fragments.TryGetValue(spread.Name.Value, out var fragment) && Applies(type, fragment.TypeCondition))
                        Collect(type, fragment.SelectionSet, fields, fragmentsOnPath);
                    fragmentsOnPath.Remove(spread.Name.Value);
                    break;
            }
        }
    }

    private bool Applies(ObjectType type, NamedTypeNode? condition)
    {
        if (condition is null || condition.Name.Value == type.Name) return true;
        return _schema.GetType(condition.Name.Value) is IAbstractType abstractType && _schema.IsSubType(abstractType, type);
    }

    /// <summary>
    /// The field's cost, its own work times the times it runs plus its selections' cost (already counted in runs),
    /// and the objects one instance of it holds (the caller multiplies by its own list size).
    /// </summary>
    private (double Field, double Type) FieldCost(ObjectType parent, FieldNode node, List<SelectionSetNode> children, double? sliceSize,
        double runs, bool inBatchedConnection)
    {
        if (node.Name.Value.StartsWith("__", StringComparison.Ordinal) || parent.GetField(node.Name.Value) is not { } field)
            return (0, 0);

        var isBatched = field.IsBatched() || (inBatchedConnection && IsConnectionPart(parent));
        var ownWork = FieldWeight(parent, field);
        foreach (var argument in node.Arguments) ownWork += ArgumentCost(field, argument);
        var fieldCost = ownWork * (isBatched ? 1 : runs);

        // Each item of a list runs the field's selections once.
        var listSize = field.Type.IsListType()
            ? sliceSize is { } slice && SizedFields.Contains(field.Name) ? slice : ListSize(field, node)
            : 1;
        var typeCost = field.Type.NamedType() is ICompositeType ? 1.0 : 0.0;
        if (field.Type.NamedType() is ICompositeType composite && children.Count > 0)
        {
            var isConnection = IsConnection(field);
            var childSlice = isConnection ? SliceSize(field, node) ?? _options.DefaultPageSize : (double?)null;
            var childBatched = isConnection ? field.IsBatched() : inBatchedConnection && IsConnectionPart(parent);
            var (childField, childType) = SelectionSetCost(composite, children, childSlice, runs * listSize, childBatched);
            fieldCost += childField;
            typeCost += childType;
        }

        return (Math.Max(0, fieldCost), typeCost * listSize);
    }

    private static bool IsConnectionPart(ObjectType type) =>
        type.Name.EndsWith("Connection", StringComparison.Ordinal) || type.Name.EndsWith("Edge", StringComparison.Ordinal)
        || type.Name == "PageInfo";

    /// <summary>What resolving the field itself costs. We cannot tell a synchronous resolver from an asynchronous one,
    /// so any composite field with its own resolver or middleware counts as one that queries, except the plumbing of
    /// connections (edges, nodes, pageInfo), which reads what the connection already fetched.</summary>
    private double FieldWeight(ObjectType parent, ObjectField field)
    {
        var isConnectionPart = IsConnectionPart(parent);
        if (field.Type.NamedType() is ILeafType && !field.Type.IsListType())
            return isConnectionPart && field.Name == "totalCount" ? _options.DefaultResolverCost : 0;
        var pure = field.ContextData.TryGetValue(FieldDescriptor.PureResolverKey, out var flag) && flag is true;
        var resolves = (field.HasCustomResolver && !pure) || field.Middleware.Count > 0;
        return resolves && !isConnectionPart ? _options.DefaultResolverCost : 1;
    }

    private static bool IsConnection(ObjectField field) =>
        SlicingArguments.Any(field.Arguments.ContainsName)
        && field.Type.NamedType() is ObjectType connection
        && SizedFields.Any(name => connection.GetField(name) is not null);

    /// <summary>The largest of <c>first</c>/<c>last</c> given (literal, variable or the argument's default); null when none is.</summary>
    private double? SliceSize(ObjectField field, FieldNode node)
    {
        double? size = null;
        foreach (var name in SlicingArguments)
        {
            if (field.Arguments.Find(name) is not { } argument) continue;
            var given = node.Arguments.FirstOrDefault(a => a.Name.Value == name);
            var value = given is null ? (argument.HasDefaultValue ? argument.DefaultValue : null) : ValueOf(given.Value);
            if (AsNumber(value) is { } number) size = Math.Max(size ?? 0, number);
        }
        return size;
    }

    private double ListSize(ObjectField field, FieldNode node)
    {
        if (SliceSize(field, node) is { } slice) return slice;
        foreach (var given in node.Arguments)
        {
            if (field.Arguments.Find(given.Name.Value) is { } argument && argument.Type.IsListType()
                && ValueOf(given.Value) is System.Collections.IEnumerable items and not string)
            {
                return items.Cast<object?>().Count();
            }
        }
        return _options.DefaultListSize;
    }

    private double ArgumentCost(ObjectField field, ArgumentNode given)
    {
        if (field.Arguments.Find(given.Name.Value) is not { } argument) return 0;
        var weight = argument.Type.NamedType() switch
        {
            InputObjectType input when input.Name.EndsWith("FilterInput", StringComparison.Ordinal) => _options.FilterArgumentCost,
            InputObjectType input when input.Name.EndsWith("SortInput", StringComparison.Ordinal) => _options.SortArgumentCost,
            InputObjectType => 1,
            _ => 0,
        };
        return weight + InputCost(argument.Type, ValueOf(given.Value));
    }

    /// <summary>The cost of an input value (its runtime shape: dictionaries and lists): each input field present weighs
    /// its filter/sort operation cost, or 1 when it is an input object.</summary>
    private double InputCost(IType type, object? value)
    {
        switch (type.NullableType(), value)
        {
            case (ListType list, System.Collections.IEnumerable items) when value is not string and not IEnumerable<KeyValuePair<string, object?>>:
                // A list of scalars (an in-list, ids) is work for the database item by item: ListItemCost each,
                // rounded down, so short lists stay free and 1,000 values add 100.
                var values = items.Cast<object?>().ToList();
                var itemsCost = list.OfType.NamedType() is ILeafType ? Math.Floor(values.Count * _options.ListItemCost) : 0;
                return itemsCost + values.Sum(item => InputCost(list.OfType, item));
            case (ListType list, _):
                return InputCost(list.OfType, value);
            case (InputObjectType input, IEnumerable<KeyValuePair<string, object?>> fields):
                double cost = 0;
                foreach (var (name, fieldValue) in fields)
                {
                    if (input.GetField(name) is not { } inputField) continue;
                    cost += InputFieldWeight(input, inputField) + InputCost(inputField.Type, fieldValue);
                }
                return cost;
            default:
                return 0;
        }
    }

    private double InputFieldWeight(InputObjectType input, InputField field)
    {
        var isCombinator = field.Name is "and" or "or";
        if (input.Name.EndsWith("FilterInput", StringComparison.Ordinal) && field.Type.NamedType() is ILeafType && !isCombinator)
            return ExpensiveFilterOperations.Contains(field.Name) ? 2 * _options.FilterOperationCost : _options.FilterOperationCost;
        if (input.Name.EndsWith("SortInput", StringComparison.Ordinal) && field.Type.NamedType() is EnumType)
            return _options.SortOperationCost;
        return field.Type.NamedType() is InputObjectType ? 1 : 0;
    }

    /// <summary>A literal as a runtime-shaped value (variables come already coerced).</summary>
    private object? ValueOf(ValueNode value) => value switch
    {
        VariableNode variable => _variables.GetValueOrDefault(variable.Name.Value),
        IntValueNode integer => double.TryParse(integer.Value, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : null,
        ListValueNode list => list.Values.Select(ValueOf).ToList(),
        ObjectValueNode obj => obj.Fields.Select(f => new KeyValuePair<string, object?>(f.Name.Value, ValueOf(f.Value))).ToList(),
        NullValueNode => null,
        _ => value, // strings, enums, booleans: only their presence matters
    };

    private static double? AsNumber(object? value) => value switch
    {
        int i => i,
        long l => l,
        double d => d,
        decimal m => (double)m,
        _ => null,
    };

    private sealed class SelectionBudgetExceeded : Exception;
}
