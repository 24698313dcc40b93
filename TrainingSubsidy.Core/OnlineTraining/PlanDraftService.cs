using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.Persistence;
using TrainingSubsidy.Core.Reference;
using TrainingSubsidy.Core.Validation;

namespace TrainingSubsidy.Core.OnlineTraining;

/// <summary>
/// Saves the steps of the guided application as a draft. Each call checks that the caller's enterprise owns the
/// plan, that the plan is still editable and that no other save happened since the caller loaded
/// <c>version</c>. It validates on the server and saves nothing when any value is invalid.
/// </summary>
public sealed class PlanDraftService(
    IDbContextFactory<AppDbContext> dbFactory,
    PlatformPasswordProtector passwordProtector,
    TimeProvider timeProvider,
    ILogger<PlanDraftService> logger)
{
    public async Task<PlanStepResult> SaveOccupationAsync(
        UserScope scope,
        int planId,
        Guid version,
        OccupationStepForm form,
        CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var plan = await PlanAccess.LoadOwnForEditAsync(db, scope, planId, version, cancellationToken);
        var code = TextNormalizer.NormalizeIdentifier(form.OccupationCode);
        var occupation = await db.Occupations.AsNoTracking().FirstOrDefaultAsync(o => o.Code == code, cancellationToken);

        var errors = new ValidationErrors();
        var warnings = new List<string>();
        PlanStepValidator.ValidateOccupation(form, occupation, ChinaTime.Today(timeProvider), errors, warnings);
        if (!errors.IsValid)
        {
            return PlanStepResult.Invalid(errors, warnings);
        }

        plan.SetOccupationAndPeriod(
            occupation!.Code,
            occupation.Name,
            TextNormalizer.NormalizeText(form.BusinessRelevance),
            form.TrainingStart!.Value,
            form.TrainingEnd!.Value,
            timeProvider.GetUtcNow());
        return await SaveAsync(db, scope, plan, 1, warnings, cancellationToken);
    }

    public async Task<PlanStepResult> SavePlatformAsync(
        UserScope scope,
        int planId,
        Guid version,
        PlatformStepForm form,
        CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var plan = await PlanAccess.LoadOwnForEditAsync(db, scope, planId, version, cancellationToken);

        // The stored value decides whether a password exists, whatever the form claims.
        form.HasSavedPassword = !string.IsNullOrEmpty(plan.PlatformPasswordProtected);
        var errors = new ValidationErrors();
        PlanStepValidator.ValidatePlatform(form, errors);
        if (!errors.IsValid)
        {
            return PlanStepResult.Invalid(errors, []);
        }

        PlanStepValidator.TryNormalizeUrl(form.Url, out var url);
        string? account = null;
        string? protectedPassword = null;
        if (form.RequiresLogin)
        {
            account = TextNormalizer.NormalizeText(form.Account);
            protectedPassword = string.IsNullOrEmpty(form.NewPassword)
                ? plan.PlatformPasswordProtected
                : passwordProtector.Protect(form.NewPassword);
        }

        plan.SetPlatform(
            form.Kind!.Value,
            TextNormalizer.NormalizeText(form.Name),
            url,
            account,
            protectedPassword,
            timeProvider.GetUtcNow());
        return await SaveAsync(db, scope, plan, 2, [], cancellationToken);
    }

    /// <summary>Replaces the course list; a list over the literacy share in force today is rejected.</summary>
    public async Task<PlanStepResult> SaveCoursesAsync(
        UserScope scope,
        int planId,
        Guid version,
        IReadOnlyList<CourseInput> rows,
        CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var plan = await PlanAccess.LoadOwnForEditAsync(db, scope, planId, version, cancellationToken);
        var parameters = await GetParametersAsync(db, cancellationToken);

        var errors = new ValidationErrors();
        var courses = CourseValidator.Validate(rows, parameters.GeneralLiteracyMaxShare, errors);
        if (!errors.IsValid)
        {
            return PlanStepResult.Invalid(errors, []);
        }

        plan.ReplaceCourses(courses, timeProvider.GetUtcNow());
        return await SaveAsync(db, scope, plan, 3, [], cancellationToken);
    }

    /// <summary>Replaces the trainee list entered by hand; saves nothing when any row is invalid.</summary>
    public async Task<PlanStepResult> SaveTraineesAsync(
        UserScope scope,
        int planId,
        Guid version,
        IReadOnlyList<TraineeInput> rows,
        CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var plan = await PlanAccess.LoadOwnForEditAsync(db, scope, planId, version, cancellationToken);

        var rowErrors = new List<RowError>();
        var trainees = TraineeValidator.ValidateList(rows, plan.TrainingStart, ChinaTime.Today(timeProvider), rowErrors);
        if (rowErrors.Count > 0)
        {
            return PlanStepResult.InvalidRows(rowErrors);
        }

        plan.ReplaceTrainees(trainees, timeProvider.GetUtcNow());
        return await SaveAsync(db, scope, plan, 4, [], cancellationToken);
    }

    /// <summary>
    /// Adds every trainee of a roster file to the plan's list, or none: one bad row, or a row that repeats an ID
    /// already in the plan, rejects the whole file with a message for each problem.
    /// </summary>
    public async Task<PlanStepResult> ImportTraineesAsync(
        UserScope scope,
        int planId,
        Guid version,
        byte[] content,
        CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var plan = await PlanAccess.LoadOwnForEditAsync(db, scope, planId, version, cancellationToken);

        var existing = plan.Trainees.Select(trainee => trainee.IdNumber).ToHashSet(StringComparer.Ordinal);
        var firstSortOrder = plan.Trainees.Count == 0 ? 0 : plan.Trainees.Max(trainee => trainee.SortOrder) + 1;
        var result = TraineeImporter.Read(content, plan.TrainingStart, ChinaTime.Today(timeProvider), existing,
            firstSortOrder);
        if (result.FileError is not null)
        {
            return PlanStepResult.InvalidFile(result.FileError);
        }

        if (!result.Succeeded)
        {
            OnlineTrainingLog.TraineeImportRejected(logger, plan.Id, result.Errors.Count);
            return PlanStepResult.InvalidRows(result.Errors);
        }

        plan.ReplaceTrainees(plan.Trainees.ToList().Concat(result.Trainees), timeProvider.GetUtcNow());
        var saved = await SaveAsync(db, scope, plan, 4, [], cancellationToken);
        if (saved.Succeeded)
        {
            OnlineTrainingLog.TraineesImported(logger, plan.Id, result.Trainees.Count, scope.UserId);
        }

        return saved;
    }

    public async Task<PlanStepResult> SaveContactAsync(
        UserScope scope,
        int planId,
        Guid version,
        ContactStepForm form,
        CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var plan = await PlanAccess.LoadOwnForEditAsync(db, scope, planId, version, cancellationToken);

        var errors = new ValidationErrors();
        PlanStepValidator.ValidateContact(form, errors);
        if (!errors.IsValid)
        {
            return PlanStepResult.Invalid(errors, []);
        }

        var phone = PhoneNumber.Parse(form.ContactPhone);
        plan.SetContact(TextNormalizer.NormalizeText(form.ContactPerson), phone.Value, timeProvider.GetUtcNow());
        return await SaveAsync(db, scope, plan, 5, [], cancellationToken);
    }

    /// <summary>Returns the literacy share in force today, for the course step's live display.</summary>
    public async Task<decimal> GetLiteracyMaxShareAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return (await GetParametersAsync(db, cancellationToken)).GeneralLiteracyMaxShare;
    }

    private async Task<PolicyParameters> GetParametersAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var today = ChinaTime.Today(timeProvider);
        return await PolicyParameterService.FindInForceAsync(db, today, cancellationToken)
               ?? throw new InvalidOperationException($"No policy parameters are in force on {today:yyyy-MM-dd}.");
    }

    private async Task<PlanStepResult> SaveAsync(
        AppDbContext db,
        UserScope scope,
        TrainingPlan plan,
        int step,
        IReadOnlyList<string> warnings,
        CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            OnlineTrainingLog.PlanConflict(logger, plan.Id, scope.UserId);
            return PlanStepResult.Conflict();
        }

        OnlineTrainingLog.StepSaved(logger, plan.Id, step, scope.UserId);
        return PlanStepResult.Saved(plan.Version, warnings);
    }
}
