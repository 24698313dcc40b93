using Microsoft.EntityFrameworkCore;
using TrainingSubsidy.Core.Persistence;

namespace TrainingSubsidy.Core.Reference;

/// <summary>Looks up the policy parameters in force on a given day.</summary>
public sealed class PolicyParameterService(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<PolicyParameters> GetInForceAsync(DateOnly day, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await FindInForceAsync(db, day, cancellationToken)
            ?? throw new InvalidOperationException($"No policy parameters are in force on {day:yyyy-MM-dd}.");
    }

    public static Task<PolicyParameters?> FindInForceAsync(
        AppDbContext db,
        DateOnly day,
        CancellationToken cancellationToken) =>
        db.PolicyParameters.AsNoTracking()
            .Where(parameters => parameters.EffectiveFrom <= day)
            .OrderByDescending(parameters => parameters.EffectiveFrom)
            .ThenByDescending(parameters => parameters.VersionNumber)
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<PolicyParameters>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.PolicyParameters.AsNoTracking()
            .OrderByDescending(parameters => parameters.EffectiveFrom)
            .ThenByDescending(parameters => parameters.VersionNumber)
            .ToListAsync(cancellationToken);
    }
}
