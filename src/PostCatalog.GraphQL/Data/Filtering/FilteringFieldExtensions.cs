using PostCatalog.GraphQL.Types;
using PostCatalog.GraphQL.Data.Sorting;

namespace PostCatalog.GraphQL.Data.Filtering;

/// <summary>Adds HotChocolate-style filtering to a field: the <c>where</c> argument and the middleware that applies it.</summary>
public static class FilteringFieldExtensions
{
    public const string ArgumentName = "where";

    /// <summary>
    /// Adds <c>where: XFilterInput</c> and middleware that narrows the resolver's <see cref="IQueryable{T}"/> by it.
    /// Call after <c>UsePaging</c> and before <c>UseSorting</c>, as in HotChocolate.
    /// </summary>
    public static FieldDescriptor UseFiltering<T>(this FieldDescriptor field, DataConventions conventions, FilterType<T> filterType)
    {
        FilterSchemaTypes.Register(conventions, filterType);
        return field
            .Argument(ArgumentName, filterType.Name)
            .Use(next => async context =>
            {
                await next(context).ConfigureAwait(false);
                var where = context.ArgumentValue<IReadOnlyDictionary<string, object?>>(ArgumentName);
                if (where is null || context.Result is null)
                {
                    return;
                }

                context.Result = context.Result is SortedQuery<T> sorted
                    ? sorted.WithSource(FilterExpressionBuilder.Apply(sorted.Source, filterType, where))
                    : FilterExpressionBuilder.Apply(QueryableResult.From<T>(context.Result, context.Field.Coordinate)!, filterType, where);
            });
    }

    /// <summary><c>where: XFilterInput</c> with the conventions registered on the schema builder: <c>.UseFiltering(PostFilter)</c>.</summary>
    public static FieldDescriptor UseFiltering<T>(this FieldDescriptor field, FilterType<T> filterType) =>
        field.UseFiltering(SchemaBuilderDataExtensions.Of(field), filterType);

    /// <summary>Describes the filter type inline: <c>.UseFiltering&lt;Post&gt;(data, f =&gt; f.Field("title", p =&gt; p.Title))</c>.</summary>
    public static FieldDescriptor UseFiltering<T>(
        this FieldDescriptor field, DataConventions conventions, Action<FilterTypeDescriptor<T>> configure, string? typeName = null) =>
        field.UseFiltering(conventions, FilterType<T>.Create(configure, typeName));
}
