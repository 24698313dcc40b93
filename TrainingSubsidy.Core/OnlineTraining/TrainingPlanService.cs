using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.Persistence;
using TrainingSubsidy.Core.Reference;

namespace TrainingSubsidy.Core.OnlineTraining;

/// <summary>
/// Lists, creates, reads and deletes an enterprise's training plans. Every call checks the caller's scope on the
/// server; a plan of another enterprise reads as not found.
/// </summary>
public sealed class TrainingPlanService(
    IDbContextFactory<AppDbContext> dbFactory,
    RosterPreCheck rosterPreCheck,
    TimeProvider timeProvider,
    ILogger<TrainingPlanService> logger)
{
    /// <summary>Attempts at a fresh plan number when two plans of one district are created at the same moment.</summary>
    private const int PlanNumberAttempts = 5;

    public async Task<IReadOnlyList<PlanSummary>> ListOwnAsync(UserScope scope, CancellationToken cancellationToken = default)
    {
        scope.EnsureRole(Roles.EnterpriseUser);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var plans = await db.TrainingPlans.AsNoTracking()
            .Where(plan => plan.EnterpriseId == scope.EnterpriseId)
            .Include(plan => plan.Reviews)
            .Select(plan => new
            {
                plan.Id,
                plan.PlanNumber,
                plan.Status,
                plan.OccupationName,
                plan.TrainingStart,
                plan.TrainingEnd,
                CourseCount = plan.Courses.Count,
                TraineeCount = plan.Trainees.Count,
                plan.LastSavedStep,
                plan.UpdatedAt,
                plan.Version,
                plan.Reviews,
            })
            .ToListAsync(cancellationToken);

        return plans
            .OrderByDescending(plan => plan.UpdatedAt)
            .Select(plan => new PlanSummary(
                plan.Id,
                plan.PlanNumber,
                plan.Status,
                plan.OccupationName,
                plan.TrainingStart,
                plan.TrainingEnd,
                plan.CourseCount,
                plan.TraineeCount,
                plan.LastSavedStep,
                plan.UpdatedAt,
                plan.Version,
                plan.Reviews
                    .OrderByDescending(review => review.At)
                    .ThenByDescending(review => review.Id)
                    .Select(review => new PlanHistoryEntry(review.Action, review.UserDisplayName, review.At, review.Reason))
                    .ToList()))
            .ToList();
    }

    /// <summary>Loads a plan the caller may read, with courses, trainees and history, untracked.</summary>
    public async Task<TrainingPlan> GetAsync(UserScope scope, int planId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await PlanAccess.LoadReadableAsync(db, scope, planId, tracking: false, cancellationToken);
    }

    /// <summary>Creates an empty draft for the caller's enterprise with the next number of its district.</summary>
    public async Task<TrainingPlan> CreateAsync(UserScope scope, CancellationToken cancellationToken = default)
    {
        scope.EnsureRole(Roles.EnterpriseUser);
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var enterprise = await db.Enterprises.AsNoTracking()
                .FirstOrDefaultAsync(e => e.Id == scope.EnterpriseId, cancellationToken)
                ?? throw new AccessDeniedException("您的账户未关联企业，请联系所在区人社部门。");

            var planNumber = await NextPlanNumberAsync(db, enterprise.DistrictCode, cancellationToken);
            var plan = new TrainingPlan(enterprise.Id, enterprise.DistrictCode, planNumber, timeProvider.GetUtcNow());
            db.TrainingPlans.Add(plan);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                OnlineTrainingLog.PlanCreated(logger, plan.Id, plan.PlanNumber, enterprise.Id, scope.UserId);
                return plan;
            }
            catch (DbUpdateException exception) when (IsUniqueViolation(exception) && attempt < PlanNumberAttempts)
            {
                OnlineTrainingLog.PlanNumberRetry(logger, planNumber, attempt);
            }
        }
    }

    /// <summary>
    /// Deletes a draft that was never submitted, with its courses and trainees. A returned plan keeps its history
    /// for the district, so only the Draft status qualifies.
    /// </summary>
    public async Task<PlanStepResult> DeleteDraftAsync(
        UserScope scope,
        int planId,
        Guid version,
        CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var plan = await PlanAccess.LoadOwnForEditAsync(db, scope, planId, version, cancellationToken);
        if (plan.Status != PlanStatus.Draft || plan.Reviews.Count > 0)
        {
            throw new DomainException($"培训计划{plan.PlanNumber}已提交过，保留办理记录，不能删除。");
        }

        var files = await db.StoredFiles.Where(f => f.TrainingPlanId == plan.Id).ToListAsync(cancellationToken);
        foreach (var file in files)
        {
            file.TrainingPlanId = null;
        }

        db.TrainingPlans.Remove(plan);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            OnlineTrainingLog.PlanConflict(logger, plan.Id, scope.UserId);
            return PlanStepResult.Conflict();
        }

        OnlineTrainingLog.DraftDeleted(logger, plan.Id, plan.PlanNumber, scope.UserId);
        return PlanStepResult.Saved(Guid.Empty, []);
    }

    /// <summary>Searches skill-type occupations in use by code prefix or by a part of the name.</summary>
    public async Task<IReadOnlyList<Occupation>> SearchOccupationsAsync(
        string? text,
        CancellationToken cancellationToken = default)
    {
        var term = Validation.TextNormalizer.NormalizeText(text);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.Occupations.AsNoTracking().Where(o => o.IsSkillType && !o.IsRetired);
        if (term.Length > 0)
        {
            query = query.Where(o => o.Code.StartsWith(term) || o.Name.Contains(term));
        }

        return await query.OrderBy(o => o.Code).Take(30).ToListAsync(cancellationToken);
    }

    /// <summary>Returns, per trainee, masked warnings about the same person in other enterprises' open plans.</summary>
    public async Task<IReadOnlyList<RosterWarning>> GetRosterWarningsAsync(
        UserScope scope,
        int planId,
        CancellationToken cancellationToken = default)
    {
        var plan = await GetAsync(scope, planId, cancellationToken);
        var trainees = plan.Trainees.Select(trainee => (trainee.IdNumber, trainee.Name)).ToList();
        return await rosterPreCheck.CheckAsync(plan.EnterpriseId, trainees, cancellationToken);
    }

    private static async Task<string> NextPlanNumberAsync(
        AppDbContext db,
        string districtCode,
        CancellationToken cancellationToken)
    {
        var prefix = $"PX{districtCode}-";
        var numbers = await db.TrainingPlans
            .Where(plan => plan.PlanNumber.StartsWith(prefix))
            .Select(plan => plan.PlanNumber)
            .ToListAsync(cancellationToken);
        var last = numbers
            .Select(number => int.TryParse(number.AsSpan(prefix.Length), NumberStyles.None,
                CultureInfo.InvariantCulture, out var sequence) ? sequence : 0)
            .DefaultIfEmpty(0)
            .Max();
        return prefix + (last + 1).ToString("D6", CultureInfo.InvariantCulture);
    }

    private static bool IsUniqueViolation(DbUpdateException exception) =>
        exception.InnerException is SqliteException { SqliteErrorCode: 19 };
}
