using PostCatalog.GraphQL.Execution.Processing;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Execution.DataLoader;

/// <summary>
/// DataLoaders from a resolver: every loader lives in the request's <see cref="DataLoaderScope"/>, so loads from
/// sibling and nested fields are batched together and the executor dispatches them level by level.
/// </summary>
public static class DataLoaderResolverContextExtensions
{
    /// <summary>The DataLoaders of the current request.</summary>
    public static DataLoaderScope DataLoaders(this IResolverContext context) =>
        context is ResolverContext resolverContext
            ? resolverContext.DataLoaders
            : throw new InvalidOperationException("DataLoaders are only available to resolvers run by the RequestExecutor.");

    /// <summary>
    /// The request's instance of <typeparamref name="T"/>: taken from the request services when registered there
    /// (register loaders as transient or scoped), otherwise created with its parameterless constructor.
    /// </summary>
    public static T DataLoader<T>(this IResolverContext context) where T : class, IDataLoader =>
        context.DataLoaders().GetOrRegister(() =>
            context.Services.GetService(typeof(T)) as T ?? Activator.CreateInstance<T>());

    /// <summary>The request's loader registered under <paramref name="name"/>, created by <paramref name="factory"/> on first use.</summary>
    public static T DataLoader<T>(this IResolverContext context, string name, Func<T> factory) where T : IDataLoader =>
        context.DataLoaders().GetOrRegister(name, factory);

    /// <summary>
    /// Loads one value by key through a batch fetch shared by every resolver of this field (or of
    /// <paramref name="name"/>): <c>context.BatchLoad(post.AuthorId, (ids, ct) => ...)</c>.
    /// </summary>
    public static Task<TValue?> BatchLoad<TKey, TValue>(this IResolverContext context, TKey key,
        FetchBatch<TKey, TValue> fetch, string? name = null) where TKey : notnull =>
        context.DataLoaders()
            .GetOrRegister(name ?? "batch:" + context.Field.Coordinate, () => new BatchDataLoader<TKey, TValue>(fetch))
            .LoadAsync(key);

    /// <summary>Loads the group of one key (one-to-many) through a fetch shared by every resolver of this field.</summary>
    public static Task<TValue[]> GroupLoad<TKey, TValue>(this IResolverContext context, TKey key,
        FetchGroups<TKey, TValue> fetch, string? name = null) where TKey : notnull =>
        context.DataLoaders()
            .GetOrRegister(name ?? "group:" + context.Field.Coordinate, () => new GroupedDataLoader<TKey, TValue>(fetch))
            .LoadAsync(key);
}
