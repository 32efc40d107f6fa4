using System.Linq.Expressions;
using PostCatalog.GraphQL.Data.Paging.Batching;
using PostCatalog.GraphQL.Data.Projections;
using PostCatalog.GraphQL.Data.Sorting;
using PostCatalog.GraphQL.Execution.Limits;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Data.Paging;

/// <summary>Adds Relay cursor paging to a field: the connection type, <c>first/after/last/before</c>, and the middleware.</summary>
public static class PagingFieldExtensions
{
    /// <summary>
    /// <see cref="UsePaging{T}(FieldDescriptor, DataConventions, Expression{Func{T, object?}}, string?, PagingOptions?, string?)"/>
    /// with the conventions registered on the schema builder (<see cref="SchemaBuilderDataExtensions.AddDataConventions"/>):
    /// <c>.UsePaging&lt;Post&gt;(p =&gt; p.Id)</c>.
    /// </summary>
    public static FieldDescriptor UsePaging<T>(
        this FieldDescriptor field,
        Expression<Func<T, object?>> id,
        string? nodeTypeName = null,
        PagingOptions? options = null,
        string? connectionName = null) =>
        field.UsePaging(SchemaBuilderDataExtensions.Of(field), id, nodeTypeName, options, connectionName);

    /// <summary>
    /// Makes the field return <c>XConnection</c> (X from the field name: <c>posts</c> gives <c>PostsConnection</c>)
    /// with keyset cursors. The resolver returns an <see cref="IQueryable{T}"/>; filtering and sorting, added after
    /// this call, run first, then this middleware fetches one page. Call first (outermost), as in HotChocolate.
    /// </summary>
    /// <param name="id">The unique key, the final tie-breaker of every ordering.</param>
    /// <param name="nodeTypeName">The GraphQL type of the nodes; the CLR name by default.</param>
    /// <param name="options">This field's paging options; the conventions' defaults otherwise.</param>
    /// <param name="connectionName">The connection's name without the <c>Connection</c> suffix, when not the field's name.</param>
    public static FieldDescriptor UsePaging<T>(
        this FieldDescriptor field,
        DataConventions conventions,
        Expression<Func<T, object?>> id,
        string? nodeTypeName = null,
        PagingOptions? options = null,
        string? connectionName = null)
    {
        options ??= conventions.Paging;
        var idSelector = StripBoxing(id);
        var baseName = connectionName ?? char.ToUpperInvariant(field.Name[0]) + field.Name[1..];
        var connectionTypeName = baseName + "Connection";
        nodeTypeName ??= typeof(T).Name;
        ConnectionSchemaTypes.Register<T>(conventions, connectionTypeName, baseName + "Edge", nodeTypeName, options.IncludeTotalCount);

        return field
            .Type(connectionTypeName)
            .Batched() // under a list, every parent's page is one statement (NestedConnectionBatch): priced once per selection path
            .Argument(PagingArguments.FirstName, "Int", a => a.Description("Returns the first _n_ elements from the list."))
            .Argument(PagingArguments.AfterName, "String", a => a.Description("Returns the elements in the list that come after the specified cursor."))
            .Argument(PagingArguments.LastName, "Int", a => a.Description("Returns the last _n_ elements from the list."))
            .Argument(PagingArguments.BeforeName, "String", a => a.Description("Returns the elements in the list that come before the specified cursor."))
            .Use(next => async context =>
            {
                var arguments = new PagingArguments(
                    context.ArgumentValue<int?>(PagingArguments.FirstName),
                    context.ArgumentValue<string?>(PagingArguments.AfterName),
                    context.ArgumentValue<int?>(PagingArguments.LastName),
                    context.ArgumentValue<string?>(PagingArguments.BeforeName));

                // Arguments are checked before the resolver runs: a bad request costs no query.
                PagingArgumentsValidator.Validate(arguments, options, context.Field.Coordinate, connectionTypeName);
                await next(context).ConfigureAwait(false);
                if (context.Result is null)
                {
                    return;
                }

                var (source, keys, plannedCount) = context.Result is SortedQuery<T> sorted
                    ? (sorted.Source, sorted.Keys, sorted.PlannedCount)
                    : (QueryableResult.From<T>(context.Result, context.Field.Coordinate)!, [], null);
                // The projection carries every key, the id tie-breaker too: a batched page orders its UNION ALL by
                // them and reads each row's cursor off the row.
                var pager = new KeysetPager<T>(keys, idSelector,
                    NodeProjection.Of<T>(context, connectionTypeName, nodeTypeName, [.. keys, new SortKey(idSelector, Descending: false)]));
                var readsCursorSide = ConnectionSelection.ReadsPageInfo(context, connectionTypeName,
                    arguments.IsBackward ? "hasNextPage" : "hasPreviousPage");
                // Under a list, every parent's page goes out in one statement per level (NestedConnectionBatch);
                // at the root, the host may remember totalCount for the same arguments (IResultMemo).
                var statements = NestedConnectionBatch<T>.For(context, pager, arguments, conventions.Executor, options)?.ForParent()
                    ?? RootConnectionStatements<T>.For(context, pager, conventions.Executor);
                context.Result = await pager.ExecuteAsync(source, arguments, options, statements, context.RequestAborted, readsCursorSide,
                        ConnectionSelection.ReadsPage(context, connectionTypeName), plannedCount)
                    .ConfigureAwait(false);
            });
    }

    /// <summary><c>p =&gt; (object)p.Id</c> becomes <c>p =&gt; p.Id</c>, so the key keeps its type in SQL and in cursors.</summary>
    private static LambdaExpression StripBoxing<T>(Expression<Func<T, object?>> id) =>
        id.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert
            ? Expression.Lambda(convert.Operand, id.Parameters)
            : id;
}
