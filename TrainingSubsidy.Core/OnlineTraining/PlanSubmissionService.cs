using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Files;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.Persistence;
using TrainingSubsidy.Core.Reference;

namespace TrainingSubsidy.Core.OnlineTraining;

/// <summary>
/// Attaches the signed commitment letter and submits a plan to its district. Only the plan's own enterprise may
/// call these, and only while the plan is a draft or returned.
/// </summary>
public sealed class PlanSubmissionService(
    IDbContextFactory<AppDbContext> dbFactory,
    FileStore fileStore,
    TimeProvider timeProvider,
    ILogger<PlanSubmissionService> logger)
{
    /// <summary>
    /// Attaches an already stored scan of the signed letter. The file must belong to the caller's enterprise,
    /// be a commitment-letter upload and not be removed.
    /// </summary>
    public async Task<PlanStepResult> AttachSignedLetterAsync(
        UserScope scope,
        int planId,
        Guid version,
        int storedFileId,
        CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var plan = await PlanAccess.LoadOwnForEditAsync(db, scope, planId, version, cancellationToken);
        var file = await db.StoredFiles.FirstOrDefaultAsync(f => f.Id == storedFileId, cancellationToken);
        if (file is null || file.EnterpriseId != plan.EnterpriseId || file.IsRemoved
            || file.Purpose != FilePurpose.CommitmentLetterScan)
        {
            throw new AccessDeniedException("承诺书文件不存在或不属于本企业，请重新上传。");
        }

        file.TrainingPlanId = plan.Id;
        plan.AttachSignedLetter(file.Id, timeProvider.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            OnlineTrainingLog.PlanConflict(logger, plan.Id, scope.UserId);
            return PlanStepResult.Conflict();
        }

        OnlineTrainingLog.LetterAttached(logger, plan.Id, file.Id, scope.UserId);
        return PlanStepResult.Saved(plan.Version, []);
    }

    /// <summary>
    /// Stores an uploaded scan of the signed letter and attaches it to the plan in one transaction. The file store
    /// checks the content kind and size. A rejected file or a concurrency conflict returns a message and leaves no
    /// file record; the bytes of a rejected save stay on disk unreferenced.
    /// </summary>
    public async Task<UploadResult> UploadSignedLetterAsync(
        UserScope scope,
        int planId,
        Guid version,
        Stream content,
        string fileName,
        CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var plan = await PlanAccess.LoadOwnForEditAsync(db, scope, planId, version, cancellationToken);
        var upload = await fileStore.SaveAsync(content, fileName, UploadRules.CommitmentLetterScan, plan.EnterpriseId,
            scope.UserId, cancellationToken);
        if (upload.File is not { } file)
        {
            return upload;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            file.TrainingPlanId = plan.Id;
            db.StoredFiles.Add(file);
            await db.SaveChangesAsync(cancellationToken);
            plan.AttachSignedLetter(file.Id, timeProvider.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            OnlineTrainingLog.PlanConflict(logger, plan.Id, scope.UserId);
            return new UploadResult(null, PlanStepResult.Conflict().ConflictMessage);
        }

        OnlineTrainingLog.LetterAttached(logger, plan.Id, file.Id, scope.UserId);
        return upload;
    }

    /// <summary>
    /// Re-checks the whole plan on the server with the policy parameters in force today and submits it to the
    /// district. Nothing changes when any rule fails.
    /// </summary>
    public async Task<PlanStepResult> SubmitAsync(
        UserScope scope,
        int planId,
        Guid version,
        CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var plan = await PlanAccess.LoadOwnForEditAsync(db, scope, planId, version, cancellationToken);
        var today = ChinaTime.Today(timeProvider);
        var parameters = await PolicyParameterService.FindInForceAsync(db, today, cancellationToken)
                         ?? throw new InvalidOperationException($"No policy parameters are in force on {today:yyyy-MM-dd}.");
        var occupation = await db.Occupations.AsNoTracking()
            .FirstOrDefaultAsync(o => o.Code == plan.OccupationCode, cancellationToken);

        var errors = PlanSubmitValidator.Validate(plan, occupation, parameters, today);
        if (!errors.IsValid)
        {
            return PlanStepResult.Invalid(errors, []);
        }

        var displayName = await db.Users
            .Where(user => user.Id == scope.UserId)
            .Select(user => user.DisplayName)
            .FirstOrDefaultAsync(cancellationToken);
        plan.Submit(scope.UserId, string.IsNullOrEmpty(displayName) ? scope.UserName : displayName,
            timeProvider.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            OnlineTrainingLog.PlanConflict(logger, plan.Id, scope.UserId);
            return PlanStepResult.Conflict();
        }

        OnlineTrainingLog.PlanSubmitted(logger, plan.Id, scope.UserId);
        return PlanStepResult.Saved(plan.Version, []);
    }
}
