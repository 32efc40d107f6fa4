using System.Threading.Channels;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Execution.Subscriptions;

/// <summary>
/// Fans one stream of messages out to every subscriber, each through its own bounded buffer of
/// <see cref="BufferCapacity"/> messages. Publishing never waits: a subscriber whose buffer is full (it reads more
/// slowly than messages come, or its connection stalls) is ended with <see cref="EventBufferFullException"/> and its
/// buffer is let go, so a slow or gone subscriber holds at most <see cref="BufferCapacity"/> messages and never slows
/// the others. Ending is the policy because dropping messages silently would leave the client with a wrong picture;
/// told that it fell behind, it can resubscribe and read the current state.
/// </summary>
public sealed class EventTopic<T>
{
    private readonly object _sync = new();
    private readonly List<Channel<T>> _subscribers = [];

    public EventTopic(int bufferCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bufferCapacity, 1);
        BufferCapacity = bufferCapacity;
    }

    public int BufferCapacity { get; }

    /// <summary>Subscribers registered now (for diagnostics and leak tests).</summary>
    public int SubscriberCount
    {
        get { lock (_sync) return _subscribers.Count; }
    }

    /// <summary>
    /// Registers a subscriber now (messages published from here on are buffered for it) and returns its stream;
    /// ending the enumeration (or disposing the stream unread) unregisters it.
    /// </summary>
    public TopicSubscription<T> Subscribe()
    {
        var channel = Channel.CreateBounded<T>(new BoundedChannelOptions(BufferCapacity)
        {
            SingleReader = true,
            SingleWriter = false,
            FullMode = BoundedChannelFullMode.Wait,
        });
        lock (_sync) _subscribers.Add(channel);
        return new TopicSubscription<T>(channel.Reader, () => Remove(channel));
    }

    public void Publish(T message)
    {
        Channel<T>[] subscribers;
        lock (_sync) subscribers = [.. _subscribers];
        foreach (var channel in subscribers)
        {
            if (!channel.Writer.TryWrite(message) && Remove(channel))
            {
                channel.Writer.TryComplete(new EventBufferFullException(BufferCapacity));
            }
        }
    }

    private bool Remove(Channel<T> channel)
    {
        lock (_sync) return _subscribers.Remove(channel);
    }
}

/// <summary>One subscriber's stream of a topic; it may be enumerated once.</summary>
public sealed class TopicSubscription<T> : IAsyncEnumerable<T>, IAsyncDisposable
{
    private readonly ChannelReader<T> _reader;
    private Action? _unregister;

    internal TopicSubscription(ChannelReader<T> reader, Action unregister)
    {
        _reader = reader;
        _unregister = unregister;
    }

    public async IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        try
        {
            while (await _reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                while (_reader.TryRead(out var message))
                {
                    yield return message;
                }
            }
        }
        finally
        {
            Unregister();
        }
    }

    public ValueTask DisposeAsync()
    {
        Unregister();
        return ValueTask.CompletedTask;
    }

    private void Unregister() => Interlocked.Exchange(ref _unregister, null)?.Invoke();
}

/// <summary>A subscriber fell further behind than its buffer holds; its subscription ends with this error.</summary>
public sealed class EventBufferFullException(int capacity) : GraphQLException(
    new GraphQLError($"The subscription fell more than {capacity} events behind (the event buffer's size) and was ended; subscribe again to continue.")
        .WithCode(ErrorCodes.SubscriptionEnded));
