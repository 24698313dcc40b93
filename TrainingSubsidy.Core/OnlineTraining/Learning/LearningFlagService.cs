using Microsoft.EntityFrameworkCore;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.Persistence;
using TrainingSubsidy.Core.Reference;

namespace TrainingSubsidy.Core.OnlineTraining.Learning;

/// <summary>A plan's suspicious learning patterns, for reviewers of the plan's district.</summary>
public sealed class LearningFlagService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider timeProvider)
{
    public async Task<IReadOnlyList<LearningFlag>> GetAsync(UserScope scope, int planId,
        CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var plan = await PlanAccess.LoadReadableAsync(db, scope, planId, tracking: false, cancellationToken);
        LearningAccess.EnsureDistrictReviewer(scope, plan);

        var start = plan.TrainingStart ?? ChinaTime.Today(timeProvider);
        var policy = await PolicyParameterService.FindInForceAsync(db, start, cancellationToken)
            ?? throw new InvalidOperationException($"No policy parameters are in force on {start:yyyy-MM-dd}.");
        var records = await db.LearningRecords.AsNoTracking()
            .Where(record => record.TrainingPlanId == planId && record.IsCurrent)
            .Select(record => new FlaggedRecord(record.TraineeId, record.StartedAt, record.EndedAt, record.Hours,
                record.ImportBatchId, record.SourceRowNumber))
            .ToListAsync(cancellationToken);
        return LearningFlags.Find(records, plan.Trainees.ToDictionary(trainee => trainee.Id),
            policy.MaxDailyLearningHours, ChinaTime.Today(timeProvider));
    }
}
