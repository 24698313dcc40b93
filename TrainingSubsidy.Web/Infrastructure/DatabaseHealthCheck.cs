using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using TrainingSubsidy.Core.Persistence;

namespace TrainingSubsidy.Web.Infrastructure;

/// <summary>Reports healthy when a query on the districts table succeeds and returns rows.</summary>
internal sealed class DatabaseHealthCheck(IDbContextFactory<AppDbContext> dbFactory) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(
        HealthCheckContext context,
        CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var districts = await db.Districts.CountAsync(cancellationToken);
            return districts > 0
                ? HealthCheckResult.Healthy($"{districts} districts")
                : HealthCheckResult.Degraded("Reference data is missing.");
        }
        catch (Exception exception) when (exception is DbUpdateException or InvalidOperationException
                                              or Microsoft.Data.Sqlite.SqliteException)
        {
            return HealthCheckResult.Unhealthy("The database cannot be queried.", exception);
        }
    }
}
