using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Execution.Subscriptions;

/// <summary>
/// Creates a subscription field's source stream (spec 6.2.3 ResolveFieldEventStream): called once per subscription
/// with the root field's arguments; each item it yields is one event. Disposing the enumerator ends the subscription,
/// so a stream that holds a resource (a topic's buffer) releases it in its <c>finally</c>.
/// </summary>
public delegate IAsyncEnumerable<object?> SubscribeResolver(IResolverContext context);

public static class SubscriptionFieldExtensions
{
    /// <summary>The field's context data key for its <see cref="SubscribeResolver"/>.</summary>
    public const string SourceStreamKey = "subscription.sourceStream";

    /// <summary>
    /// Gives a field of the Subscription type its source stream. The field's resolver then maps each event to the
    /// field's value (the event is its parent, <c>ctx.Parent&lt;T&gt;()</c>); without one, the event is the value.
    /// </summary>
    public static FieldDescriptor Subscribe(this FieldDescriptor field, SubscribeResolver subscribe)
    {
        field.SetContextData(SourceStreamKey, subscribe);
        if (field.Resolver is null)
        {
            field.Resolve(context => context.Parent<object?>());
        }

        return field;
    }

    internal static SubscribeResolver? SourceStreamOf(ObjectField field) =>
        field.ContextData.TryGetValue(SourceStreamKey, out var value) ? value as SubscribeResolver : null;
}
