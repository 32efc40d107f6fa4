using System.Globalization;
using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Types;

/// <summary>Literals to plain values and back, with no type to guide (graphql-js valueFromASTUntyped), for custom scalars.</summary>
public static class UntypedValue
{
    public static object? FromAst(ValueNode node, IReadOnlyDictionary<string, object?>? variables = null) => node switch
    {
        NullValueNode => null,
        IntValueNode i => long.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)
            ? (object)l
            : double.Parse(i.Value, CultureInfo.InvariantCulture),
        FloatValueNode f => double.Parse(f.Value, CultureInfo.InvariantCulture),
        StringValueNode s => s.Value,
        BooleanValueNode b => b.Value,
        EnumValueNode e => e.Value,
        ListValueNode list => list.Values.Select(v => FromAst(v, variables)).ToList(),
        ObjectValueNode obj => obj.Fields.ToDictionary(f => f.Name.Value, f => FromAst(f.Value, variables)),
        VariableNode v => variables?.GetValueOrDefault(v.Name.Value),
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    public static ValueNode ToAst(object? value) => value switch
    {
        null => new NullValueNode(),
        bool b => new BooleanValueNode(b),
        string s => new StringValueNode(s),
        _ when NumericValue.IsNumber(value) && NumericValue.TryGetInteger(value, out var l) => new IntValueNode(l.ToString(CultureInfo.InvariantCulture)),
        _ when NumericValue.TryGetDouble(value, out var d) => new FloatValueNode(Inspect.Number(d)),
        _ when ValueShapes.TryGetObject(value, out var map) => new ObjectValueNode(
            map.Select(p => new ObjectFieldNode(new NameNode(p.Key), ToAst(p.Value))).ToList()),
        _ when ValueShapes.TryGetList(value, out var list) => new ListValueNode(list.Select(ToAst).ToList()),
        _ => new StringValueNode(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""),
    };
}
