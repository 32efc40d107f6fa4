namespace PostCatalog.GraphQL.Data.Paging;

/// <summary>Checks paging arguments against the field's options before any query runs.</summary>
public static class PagingArgumentsValidator
{
    /// <summary>Throws a <see cref="DataErrorException"/> with HotChocolate's code when the arguments cannot be served.</summary>
    /// <param name="coordinate">The field's schema coordinate, e.g. <c>Query.posts</c>.</param>
    /// <param name="connectionTypeName">The connection type's name, e.g. <c>PostsConnection</c>.</param>
    public static void Validate(PagingArguments arguments, PagingOptions options, string coordinate, string connectionTypeName)
    {
        if (arguments.First is not null && arguments.Last is not null)
        {
            throw PagingErrors.FirstAndLast(coordinate);
        }

        var requested = arguments.First ?? arguments.Last;
        if (requested is null)
        {
            if (options.RequirePagingBoundaries)
            {
                throw PagingErrors.NoBoundaries(coordinate, connectionTypeName);
            }

            return;
        }

        if (requested < 0)
        {
            throw PagingErrors.MinPageSize(coordinate, requested.Value);
        }

        if (requested > options.MaxPageSize)
        {
            throw PagingErrors.MaxPageSize(coordinate, requested.Value, options.MaxPageSize);
        }
    }
}
