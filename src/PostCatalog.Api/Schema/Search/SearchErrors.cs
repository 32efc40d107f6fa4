using PostCatalog.GraphQL.Types;

namespace PostCatalog.Api.Schema.Search;

/// <summary>What a client sees for query text that cannot be searched. HotChocolate has no codes for search; these are ours.</summary>
public static class SearchErrors
{
    public const string EmptyQueryCode = "SEARCH_QUERY_EMPTY";
    public const string QueryTooLongCode = "SEARCH_QUERY_TOO_LONG";

    public static GraphQLException EmptyQuery(string query) => Error(EmptyQueryCode,
        "The search query must contain at least one word or number.", query);

    public static GraphQLException TooLong(string query, string limit) => Error(QueryTooLongCode,
        $"The search query is too long: at most {limit}.", query);

    /// <summary>The rejected text goes back as a short prefix only: a 10 MB query must not come back as a 10 MB error.</summary>
    private static GraphQLException Error(string code, string message, string query) =>
        new(ErrorBuilder.New().SetMessage(message).SetCode(code)
            .SetExtension("argument", "query").SetExtension("query", ErrorText.Quote(query)).Build());
}
