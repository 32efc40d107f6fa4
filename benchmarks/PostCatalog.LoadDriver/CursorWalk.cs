using System.Text.Json.Nodes;

namespace PostCatalog.LoadDriver;

/// <summary>
/// Reaches a deep page the way a client does: request page 1, then feed each page's <c>endCursor</c> into <c>after</c>.
/// Stops at the wanted page or at the last page (a small catalog may have fewer), and says which page it reached.
/// </summary>
public static class CursorWalk
{
    public static async Task<(JsonObject Variables, int Page)> ToPageAsync(GraphQLRequests requests, string query,
        JsonObject variables, int page, string connectionPath)
    {
        var current = (JsonObject)variables.DeepClone();
        for (var reached = 1; ; reached++)
        {
            if (reached == page) return (current, reached);
            var body = GraphQLRequests.Body(query, current);
            var bytes = await requests.SendAsync(body) ?? throw new InvalidOperationException(
                $"page {reached} failed: {await requests.DescribeFailureAsync(body)}");
            var pageInfo = GraphQLRequests.At(GraphQLRequests.Parse(bytes), connectionPath + ".pageInfo");
            if (pageInfo?["hasNextPage"]?.GetValue<bool>() != true) return (current, reached);
            current["after"] = pageInfo["endCursor"]!.GetValue<string>();
        }
    }
}
