using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PostCatalog.Api.Hosting;

/// <summary>Healthy once the catalog file is open and upgraded.</summary>
public sealed class CatalogHealthCheck(CatalogState state) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(state.IsOpen ? HealthCheckResult.Healthy("catalog open") : HealthCheckResult.Unhealthy("catalog not open yet"));
}
