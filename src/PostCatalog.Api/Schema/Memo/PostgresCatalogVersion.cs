using Npgsql;
using PostCatalog.Catalog;

namespace PostCatalog.Api.Schema.Memo;

/// <summary>
/// PostgreSQL: one connection per process that <c>LISTEN</c>s on <see cref="CatalogWriteLock.Channel"/>; every write
/// to the catalog queues a <c>NOTIFY</c> in its transaction, which the server delivers to every replica when it
/// commits. Each notification moves the version (memoised answers drop) and raises <see cref="Changed"/>. Reading the
/// version is a field read, no query. When the connection is lost the version moves too (a commit may have been
/// missed) and the listener reconnects, waiting <see cref="ReconnectDelay"/> between tries.
/// </summary>
public sealed class PostgresCatalogVersion(CatalogDatabase database, ILogger<PostgresCatalogVersion> log) : ICatalogVersion, IHostedService, IAsyncDisposable
{
    private static readonly TimeSpan ReconnectDelay = TimeSpan.FromSeconds(1);

    private readonly CancellationTokenSource _stopping = new();
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task? _loop;
    private long _version;
    private int _disposed;

    public event Action<long>? Changed;

    public long Current() => Interlocked.Read(ref _version);

    /// <summary>Starts listening; returns once the first LISTEN is in place (or after a few seconds if the server is away).</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _loop = Task.Run(() => ListenAsync(_stopping.Token), CancellationToken.None);
        await Task.WhenAny(_listening.Task, Task.Delay(TimeSpan.FromSeconds(5), cancellationToken));
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        if (_loop is not null)
        {
            await Task.WhenAny(_loop, Task.Delay(Timeout.Infinite, cancellationToken));
        }
    }

    private async Task ListenAsync(CancellationToken stopping)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(database.ConnectionString)
        {
            Pooling = false,
            KeepAlive = 15, // a dead peer is noticed within seconds, not at the next (never-coming) notification
            ApplicationName = "postcatalog-listener",
        }.ConnectionString;
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(stopping);
                connection.Notification += (_, _) => Move();
                await using (var listen = new NpgsqlCommand($"LISTEN {CatalogWriteLock.Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stopping);
                }

                // Anything committed before the LISTEN took effect is not announced to us: count it as a change.
                Move();
                _listening.TrySetResult();
                while (!stopping.IsCancellationRequested)
                {
                    await connection.WaitAsync(stopping);
                }
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or IOException or TimeoutException)
            {
                log.LogWarning("Lost the catalog change listener ({Message}); reconnecting", e.Message);
                Move();
                try
                {
                    await Task.Delay(ReconnectDelay, stopping);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private void Move()
    {
        var version = Interlocked.Increment(ref _version);
        Changed?.Invoke(version);
    }

    /// <summary>Stops the listener; the container may call it more than once (the class and the interface registrations).</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _stopping.CancelAsync();
        if (_loop is not null)
        {
            await _loop.ConfigureAwait(false);
        }
    }
}
