using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using PostCatalog.Api.Tests.Infrastructure;

namespace PostCatalog.Api.Tests.Catalog;

/// <summary>Reading the shapes the catalog's tests ask for out of a response.</summary>
public static class CatalogQueries
{
    /// <summary><c>nodes { id }</c> of a connection at <paramref name="field"/>, sorted ordinally (for set comparisons).</summary>
    public static string[] SortedIds(this GraphQLResponse response, string field) =>
        [.. response.Ids(field).Order(StringComparer.Ordinal)];

    /// <summary><c>nodes { id }</c> of a connection at <paramref name="field"/>, in the order sent.</summary>
    public static string[] Ids(this GraphQLResponse response, string field) =>
        [.. response.DataWithoutErrors()[field]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>())];

    /// <summary>The response body indented, with names such as "Mårten" kept as written: what a snapshot shows a reader.</summary>
    public static string ToSnapshot(this GraphQLResponse response) =>
        response.Body.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public static string[] Strings(this JsonNode? array, string property) =>
        [.. array!.AsArray().Select(n => n![property]!.GetValue<string>())];
}
