using PostCatalog.GraphQL.Execution.Subscriptions;

namespace PostCatalog.GraphQL.Tests.Execution.Subscriptions;

public class EventTopicTests
{
    [Fact]
    public async Task Every_subscriber_receives_every_message_in_order()
    {
        var topic = new EventTopic<int>(8);
        var a = topic.Subscribe();
        var b = topic.Subscribe();

        topic.Publish(1);
        topic.Publish(2);

        Assert.Equal([1, 2], await Take(a, 2));
        Assert.Equal([1, 2], await Take(b, 2));
    }

    [Fact]
    public async Task A_subscriber_that_falls_a_full_buffer_behind_is_ended_and_let_go_while_the_others_go_on()
    {
        var topic = new EventTopic<int>(2);
        var slow = topic.Subscribe();
        var keeping = topic.Subscribe();
        var reader = keeping.GetAsyncEnumerator();

        for (var i = 1; i <= 3; i++)
        {
            topic.Publish(i);
            Assert.True(await reader.MoveNextAsync());
            Assert.Equal(i, reader.Current);
        }

        Assert.Equal(1, topic.SubscriberCount);
        var slowReader = slow.GetAsyncEnumerator();
        Assert.True(await slowReader.MoveNextAsync());
        Assert.True(await slowReader.MoveNextAsync());
        var ended = await Assert.ThrowsAsync<EventBufferFullException>(async () => await slowReader.MoveNextAsync());
        Assert.Contains("more than 2 events behind", ended.Message);
    }

    [Fact]
    public async Task Leaving_a_subscription_unregisters_it()
    {
        var topic = new EventTopic<int>(2);
        var subscription = topic.Subscribe();
        topic.Publish(7);

        await foreach (var message in subscription)
        {
            Assert.Equal(7, message);
            break;
        }

        Assert.Equal(0, topic.SubscriberCount);
        await topic.Subscribe().DisposeAsync();
        Assert.Equal(0, topic.SubscriberCount);
    }

    private static async Task<List<int>> Take(IAsyncEnumerable<int> stream, int count)
    {
        var taken = new List<int>();
        await foreach (var message in stream)
        {
            taken.Add(message);
            if (taken.Count == count) break;
        }

        return taken;
    }
}
