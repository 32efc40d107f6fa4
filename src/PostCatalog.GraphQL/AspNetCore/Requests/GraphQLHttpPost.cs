namespace PostCatalog.GraphQL.AspNetCore.Requests;

/// <summary>What one POST carried: a single request, or a batch (a JSON array, answered with a JSON array in the same order).</summary>
public sealed record GraphQLHttpPost(IReadOnlyList<GraphQLHttpRequest> Requests, bool IsBatch)
{
    public static GraphQLHttpPost Single(GraphQLHttpRequest request) => new([request], IsBatch: false);
}
