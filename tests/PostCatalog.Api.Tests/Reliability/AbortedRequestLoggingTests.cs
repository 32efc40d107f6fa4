using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Logging;

namespace PostCatalog.Api.Tests.Reliability;

/// <summary>A client that goes away mid-request, over a real socket (Kestrel on loopback; the in-memory server cannot
/// drop a connection): one Information line, "aborted by the client", and nothing at Warning or above.</summary>
public sealed class AbortedRequestLoggingTests
{
    [Fact]
    public async Task A_client_that_hangs_up_mid_body_is_logged_as_aborted_not_as_an_error()
    {
        using var api = new LogCapturingApiFactory();
        api.UseKestrel(0);
        api.StartServer();
        var address = api.ClientOptions.BaseAddress;
        api.Log.Clear();

        using (var socket = new TcpClient())
        {
            await socket.ConnectAsync(address.Host, address.Port);
            var stream = socket.GetStream();
            await stream.WriteAsync(Encoding.ASCII.GetBytes(
                "POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"query\":\"{ __typename }"));
            await stream.FlushAsync();
            await Task.Delay(300);
        }

        LogEntry? aborted = null;
        for (var i = 0; i < 400 && aborted is null; i++) // up to 20 s: Kestrel notices the hang-up late on a loaded machine
        {
            aborted = api.Log.Entries.FirstOrDefault(e => e.Message.Contains("aborted by the client", StringComparison.Ordinal));
            if (aborted is null) await Task.Delay(50);
        }
        Assert.True(aborted is not null, "Not logged; the log has:\n" + string.Join("\n", api.Log.Entries));
        Assert.Equal(LogLevel.Information, aborted.Level);
        Assert.Null(aborted.Exception);
        Assert.DoesNotContain(api.Log.Entries, e => e.Level >= LogLevel.Warning);
    }
}
