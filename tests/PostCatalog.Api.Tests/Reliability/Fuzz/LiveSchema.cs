using System.Text.Json.Nodes;

namespace PostCatalog.Api.Tests.Reliability.Fuzz;

/// <summary>A type reference as introspection gives it: NON_NULL and LIST wrap a named type.</summary>
public sealed record TypeRef(string Kind, string? Name, TypeRef? OfType)
{
    public static TypeRef From(JsonNode node) => new(
        node["kind"]!.GetValue<string>(),
        node["name"]?.GetValue<string>(),
        node["ofType"] is { } inner ? From(inner) : null);

    public TypeRef Named => OfType?.Named ?? this;

    public override string ToString() => Kind switch
    {
        "NON_NULL" => OfType + "!",
        "LIST" => "[" + OfType + "]",
        _ => Name!,
    };
}

public sealed record InputValue(string Name, TypeRef Type);

public sealed record Field(string Name, IReadOnlyList<InputValue> Args, TypeRef Type);

/// <summary>One named type of the schema, with what the generator needs: fields, input fields, enum values, possible types.</summary>
public sealed record NamedType(string Kind, string Name, IReadOnlyList<Field> Fields, IReadOnlyList<InputValue> InputFields,
    IReadOnlyList<string> EnumValues, IReadOnlyList<string> PossibleTypes);

/// <summary>The schema the server itself reports (its introspection), so the fuzz follows the schema as it changes.</summary>
public sealed class LiveSchema
{
    public const string IntrospectionQuery = """
        query {
          __schema {
            queryType { name }
            types {
              kind name
              fields { name args { name type { ...Ref } } type { ...Ref } }
              inputFields { name type { ...Ref } }
              enumValues { name }
              possibleTypes { name }
            }
          }
        }
        fragment Ref on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }
        """;

    private readonly Dictionary<string, NamedType> _types;

    public LiveSchema(JsonNode data)
    {
        var schema = data["__schema"]!;
        QueryType = schema["queryType"]!["name"]!.GetValue<string>();
        _types = schema["types"]!.AsArray().Select(t => new NamedType(
                t!["kind"]!.GetValue<string>(),
                t["name"]!.GetValue<string>(),
                (t["fields"] as JsonArray ?? []).Select(f => new Field(
                    f!["name"]!.GetValue<string>(),
                    f["args"]!.AsArray().Select(a => new InputValue(a!["name"]!.GetValue<string>(), TypeRef.From(a["type"]!))).ToList(),
                    TypeRef.From(f["type"]!))).ToList(),
                (t["inputFields"] as JsonArray ?? []).Select(f => new InputValue(f!["name"]!.GetValue<string>(), TypeRef.From(f["type"]!))).ToList(),
                (t["enumValues"] as JsonArray ?? []).Select(e => e!["name"]!.GetValue<string>()).ToList(),
                (t["possibleTypes"] as JsonArray ?? []).Select(p => p!["name"]!.GetValue<string>()).ToList()))
            .ToDictionary(t => t.Name);
    }

    public string QueryType { get; }

    public NamedType this[string name] => _types[name];

    public IEnumerable<NamedType> Types => _types.Values;
}
