using System.Text;
using System.Text.Json.Nodes;

namespace PostCatalog.Api.Tests.Reliability.Fuzz;

/// <summary>A generated operation: its text and the variables it declares.</summary>
public sealed record GeneratedOperation(string Query, JsonObject Variables);

/// <summary>
/// Random operations over the live schema, from one seeded <see cref="Random"/> (the same seed, the same operations):
/// fields and arguments the schema has, aliases, named and inline fragments, variables, values of the right type and,
/// now and then, of the wrong one, and the odd field, argument or syntax mistake.
/// </summary>
public sealed class OperationGenerator(LiveSchema schema, Random random)
{
    private const int MaxDepth = 4;
    private static readonly string[] Words = ["data", "spotify", "engineering", "ml", "a", "Ünïcödé", "\"quoted\"", "back\\slash", "line\nbreak", "", "  ", "*", "NEAR", "OR", "-x"];

    private readonly StringBuilder _fragments = new();
    private readonly List<string> _variableDefinitions = [];
    private JsonObject _variables = [];
    private int _fragmentCount;

    public GeneratedOperation Next()
    {
        _fragments.Clear();
        _variableDefinitions.Clear();
        _variables = [];
        _fragmentCount = 0;
        var selection = SelectionSet(schema[schema.QueryType], 0);
        var header = _variableDefinitions.Count == 0 ? "query" : $"query Fuzz({string.Join(", ", _variableDefinitions)})";
        var text = header + " " + selection + _fragments;
        if (Chance(0.12)) text = Corrupt(text);
        return new GeneratedOperation(text, _variables);
    }

    private string SelectionSet(NamedType type, int depth)
    {
        var parts = new List<string>();
        var count = random.Next(1, depth == 0 ? 3 : 4);
        for (var i = 0; i < count; i++)
        {
            if (Chance(0.04)) { parts.Add("notAField" + random.Next(10)); continue; }
            if (type.Kind is "INTERFACE" or "UNION")
            {
                parts.Add("__typename");
                if (type.PossibleTypes.Count > 0 && depth < MaxDepth)
                    parts.Add($"... on {Pick(type.PossibleTypes)} {SelectionSet(schema[Pick(type.PossibleTypes)], depth + 1)}");
                continue;
            }
            var field = Pick(type.Fields);
            if (field.Name.StartsWith("__", StringComparison.Ordinal)) continue;
            parts.Add(FieldSelection(field, depth));
        }
        if (parts.Count == 0) parts.Add("__typename");
        var body = "{ " + string.Join(" ", parts) + " }";
        if (depth > 0 && type.Kind == "OBJECT" && Chance(0.15))
        {
            var name = "F" + _fragmentCount++;
            _fragments.Append($" fragment {name} on {type.Name} {body}");
            return "{ ..." + name + " }";
        }
        return body;
    }

    private string FieldSelection(Field field, int depth)
    {
        var text = new StringBuilder();
        if (Chance(0.2)) text.Append("a").Append(random.Next(100)).Append(": ");
        text.Append(field.Name);
        var arguments = field.Args.Where(a => a.Type.Kind == "NON_NULL" || Chance(0.4)).Select(Argument).ToList();
        if (Chance(0.03)) arguments.Add("noSuchArgument: 1");
        if (arguments.Count > 0) text.Append('(').Append(string.Join(", ", arguments)).Append(')');
        var named = schema[field.Type.Named.Name!];
        if (named.Kind is "OBJECT" or "INTERFACE" or "UNION")
            text.Append(' ').Append(depth >= MaxDepth ? "{ __typename }" : SelectionSet(named, depth + 1));
        return text.ToString();
    }

    private string Argument(InputValue argument)
    {
        if (Chance(0.25))
        {
            var name = "v" + _variableDefinitions.Count;
            _variableDefinitions.Add($"${name}: {argument.Type}");
            if (!Chance(0.1)) _variables[name] = JsonValue(argument.Type, 0); // sometimes a required one goes missing
            return $"{argument.Name}: ${name}";
        }
        return $"{argument.Name}: {Literal(argument.Type, 0)}";
    }

    /// <summary>A GraphQL literal for <paramref name="type"/>; about one in twelve is of the wrong type.</summary>
    private string Literal(TypeRef type, int depth)
    {
        if (Chance(0.08)) return Pick(["\"wrong\"", "123", "true", "null", "{ x: 1 }", "[1, 2]", "WRONG_ENUM", "1.5"]);
        switch (type.Kind)
        {
            case "NON_NULL": return Literal(type.OfType!, depth);
            case "LIST": return "[" + string.Join(", ", Enumerable.Range(0, random.Next(0, 3)).Select(_ => Literal(type.OfType!, depth + 1))) + "]";
        }
        var named = schema[type.Name!];
        return named.Kind switch
        {
            "ENUM" => Pick(named.EnumValues),
            "INPUT_OBJECT" when depth >= 3 => "{}",
            "INPUT_OBJECT" => "{ " + string.Join(", ", PickSome(named.InputFields).Select(f => $"{f.Name}: {Literal(f.Type, depth + 1)}")) + " }",
            _ => ScalarValue(named.Name).ToJsonString(),
        };
    }

    private JsonNode? JsonValue(TypeRef type, int depth)
    {
        if (Chance(0.08)) return Pick<JsonNode?>([null, "wrong", 123, true, new JsonArray(1, 2), new JsonObject { ["x"] = 1 }, 1.5]);
        switch (type.Kind)
        {
            case "NON_NULL": return JsonValue(type.OfType!, depth);
            case "LIST": return new JsonArray(Enumerable.Range(0, random.Next(0, 3)).Select(_ => JsonValue(type.OfType!, depth + 1)).ToArray());
        }
        var named = schema[type.Name!];
        switch (named.Kind)
        {
            case "ENUM": return Pick(named.EnumValues);
            case "INPUT_OBJECT":
                var obj = new JsonObject();
                if (depth < 3) foreach (var f in PickSome(named.InputFields)) obj[f.Name] = JsonValue(f.Type, depth + 1);
                return obj;
            default: return ScalarValue(named.Name);
        }
    }

    private JsonNode ScalarValue(string scalar) => scalar switch
    {
        "Int" => Pick(new[] { 0, 1, 2, 5, 10, 20, 50, 51, -1, int.MaxValue, int.MinValue, random.Next(-5, 60) }),
        "Long" => Pick(new[] { 0L, 1L, long.MaxValue, -1L }),
        "Float" => Pick(new[] { 0.0, 1.5, -2.25, 1e300 }),
        "Boolean" => Chance(0.5),
        "ID" => Pick(["UG9zdDox", "Q2F0ZWdvcnk6MQ==", "bm90LWFuLWlk", "", "UG9zdDo5OTk5OTk5OTk5OTk5OTk5OTk5", "%%%"]),
        "Date" => Pick(["2020-01-01", "2025-09-23", "1999-12-31", "2020-13-45", "not a date"]),
        "DateTime" => Pick(["2020-01-01T00:00:00Z", "2025-09-23T10:00:00+02:00", "2020-01-01"]),
        "URL" => Pick(["https://engineering.atspotify.com/", "not a url", "ftp://x"]),
        _ => Pick(Words),
    };

    /// <summary>A syntax mistake: a span removed, a character doubled, or stray punctuation.</summary>
    private string Corrupt(string text)
    {
        var at = random.Next(text.Length);
        return random.Next(3) switch
        {
            0 => text.Remove(at, Math.Min(random.Next(1, 6), text.Length - at)),
            1 => text.Insert(at, text[at].ToString()),
            _ => text.Insert(at, Pick(["{", "}", "(", ")", "$", "@", "...", "\"", "#", ":", "!"])),
        };
    }

    private bool Chance(double p) => random.NextDouble() < p;

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private IEnumerable<T> PickSome<T>(IReadOnlyList<T> items) =>
        items.Count == 0 ? [] : items.OrderBy(_ => random.Next()).Take(random.Next(1, Math.Min(3, items.Count) + 1)).ToList();
}
