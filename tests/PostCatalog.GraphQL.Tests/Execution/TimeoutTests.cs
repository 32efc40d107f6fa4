using PostCatalog.GraphQL.Execution;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Tests.Execution;

public class TimeoutTests
{
    [Fact]
    public async Task A_request_that_runs_past_the_timeout_gets_HC0045_and_no_data()
    {
        var schema = SchemaBuilder.FromSdl("type Query { slow: String }")
            .BindResolver("Query.slow", async c =>
            {
                await Task.Delay(TimeSpan.FromSeconds(30), c.RequestAborted);
                return "late";
            })
            .Build();
        var executor = new RequestExecutor(schema, new ExecutionOptions { ExecutionTimeout = TimeSpan.FromMilliseconds(100) });

        var result = await executor.ExecuteAsync("{ slow }");

        Assert.False(result.IsDataPresent);
        Assert.Equal("""{"errors":[{"message":"The request exceeded the configured timeout of `00:00:00.1000000`.","extensions":{"code":"HC0045"}}]}""",
            result.ToJson());
    }

    [Fact]
    public void The_default_timeout_is_thirty_seconds()
    {
        Assert.Equal(TimeSpan.FromSeconds(30), ExecutionOptions.Default.ExecutionTimeout);
        Assert.Equal("00:00:30", $"{ExecutionOptions.Default.ExecutionTimeout:c}");
    }
}
