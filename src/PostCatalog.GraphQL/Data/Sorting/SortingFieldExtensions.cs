using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Data.Sorting;

/// <summary>Adds HotChocolate-style sorting to a field: the <c>order</c> argument and the middleware that applies it.</summary>
public static class SortingFieldExtensions
{
    public const string ArgumentName = "order";

    /// <summary>
    /// Adds <c>order: [XSortInput!]</c> and middleware that orders the resolver's <see cref="IQueryable{T}"/>,
    /// entries in order. The result is a <see cref="SortedQuery{T}"/>, so paging orders by the same keys.
    /// Call last (innermost), as in HotChocolate's <c>UsePaging().UseFiltering().UseSorting()</c>.
    /// </summary>
    public static FieldDescriptor UseSorting<T>(this FieldDescriptor field, DataConventions conventions, SortType<T> sortType)
    {
        SortSchemaTypes.Register(conventions, sortType);
        return field
            .Argument(ArgumentName, $"[{sortType.Name}!]")
            .Use(next => async context =>
            {
                await next(context).ConfigureAwait(false);
                var order = context.ArgumentValue<IReadOnlyList<object?>>(ArgumentName);
                if (context.Result is null)
                {
                    return;
                }

                var query = QueryableResult.From<T>(context.Result, context.Field.Coordinate)!;
                context.Result = new SortedQuery<T>(query, SortExpressionBuilder.Build(sortType, order));
            });
    }

    /// <summary><c>order: [XSortInput!]</c> with the conventions registered on the schema builder: <c>.UseSorting(PostSort)</c>.</summary>
    public static FieldDescriptor UseSorting<T>(this FieldDescriptor field, SortType<T> sortType) =>
        field.UseSorting(SchemaBuilderDataExtensions.Of(field), sortType);

    /// <summary>Describes the sort type inline: <c>.UseSorting&lt;Post&gt;(data, s =&gt; s.Field("title", p =&gt; p.Title))</c>.</summary>
    public static FieldDescriptor UseSorting<T>(
        this FieldDescriptor field, DataConventions conventions, Action<SortTypeDescriptor<T>> configure, string? typeName = null) =>
        field.UseSorting(conventions, SortType<T>.Create(configure, typeName));
}
