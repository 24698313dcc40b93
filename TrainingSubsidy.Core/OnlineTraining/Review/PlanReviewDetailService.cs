using Microsoft.EntityFrameworkCore;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Files;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.Persistence;
using TrainingSubsidy.Core.Reference;
using TrainingSubsidy.Core.Validation;

namespace TrainingSubsidy.Core.OnlineTraining.Review;

/// <summary>Reads one plan with everything the reviewer checks, for the district reviewer or the city administrator.</summary>
public sealed class PlanReviewDetailService(
    IDbContextFactory<AppDbContext> dbFactory,
    RosterPreCheck rosterPreCheck,
    TimeProvider timeProvider)
{
    /// <summary>
    /// Returns the plan's review details, or null when no submitted plan has this id (drafts are the enterprise's
    /// own). Throws <see cref="AccessDeniedException"/> when the plan belongs to a district outside the user's scope.
    /// </summary>
    public async Task<PlanReviewDetail?> GetAsync(
        UserScope scope,
        int planId,
        CancellationToken cancellationToken = default)
    {
        ReviewAccess.EnsureCanUseReview(scope);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var plan = await db.TrainingPlans.AsNoTracking()
            .Include(p => p.Courses)
            .Include(p => p.Trainees)
            .Include(p => p.Reviews)
            .AsSplitQuery()
            .FirstOrDefaultAsync(p => p.Id == planId, cancellationToken);
        if (plan is null || plan.Status == PlanStatus.Draft)
        {
            return null;
        }

        ReviewAccess.EnsureCanRead(scope, plan.DistrictCode);
        var canAct = ReviewAccess.CanAct(scope, plan.DistrictCode);

        var enterprise = await db.Enterprises.AsNoTracking()
            .FirstAsync(e => e.Id == plan.EnterpriseId, cancellationToken);
        var districtName = await db.Districts.AsNoTracking()
            .Where(district => district.Code == plan.DistrictCode)
            .Select(district => district.Name)
            .FirstOrDefaultAsync(cancellationToken) ?? plan.DistrictCode;
        var occupation = await db.Occupations.AsNoTracking()
            .Where(o => o.Code == plan.OccupationCode)
            .Select(o => new OccupationStatus(o.Code, o.Name, o.IsSkillType, o.IsRetired))
            .FirstOrDefaultAsync(cancellationToken);
        var today = ChinaTime.Today(timeProvider);
        var policy = await PolicyParameterService.FindInForceAsync(db, today, cancellationToken)
            ?? throw new InvalidOperationException($"No policy parameters are in force on {today:yyyy-MM-dd}.");
        var letter = await FindLetterAsync(db, scope, plan, enterprise.DistrictCode, cancellationToken);

        var trainees = plan.Trainees.OrderBy(t => t.SortOrder).ThenBy(t => t.Id).ToList();
        var warnings = await rosterPreCheck.CheckAsync(
            plan.EnterpriseId,
            trainees.Select(t => (t.IdNumber, t.Name)).ToList(),
            cancellationToken);

        return new PlanReviewDetail
        {
            PlanId = plan.Id,
            PlanNumber = plan.PlanNumber,
            Status = plan.Status,
            Version = plan.Version,
            DistrictName = districtName,
            SubmittedAt = plan.SubmittedAt,
            Enterprise = new EnterpriseSummary(
                enterprise.Id,
                enterprise.Name,
                enterprise.CreditCode,
                enterprise.Address,
                enterprise.LegalRepresentative,
                enterprise.ContactPerson,
                PhoneNumber.Mask(enterprise.ContactPhone)),
            OccupationCode = plan.OccupationCode,
            OccupationName = plan.OccupationName,
            Occupation = occupation,
            BusinessRelevance = plan.BusinessRelevance,
            TrainingStart = plan.TrainingStart,
            TrainingEnd = plan.TrainingEnd,
            PlatformKind = plan.PlatformKind,
            PlatformName = plan.PlatformName,
            PlatformUrl = plan.PlatformUrl,
            PlatformAccount = plan.PlatformAccount,
            HasPlatformPassword = !string.IsNullOrEmpty(plan.PlatformPasswordProtected),
            ContactPerson = plan.ContactPerson,

            // The reviewer phones the contact person about the plan; the city administrator has no such need.
            ContactPhone = canAct ? plan.ContactPhone : PhoneNumber.Mask(plan.ContactPhone),
            Courses = plan.Courses
                .OrderBy(c => c.SortOrder)
                .ThenBy(c => c.Id)
                .Select(c => new CourseLine(c.Name, c.Hours, c.Category, c.Delivery))
                .ToList(),
            TotalHours = plan.TotalHours,
            LiteracyHours = plan.LiteracyHours,
            LiteracyMaxShare = policy.GeneralLiteracyMaxShare,
            Trainees = trainees
                .Select(t => new TraineeLine(
                    t.Id,
                    t.MaskedName,
                    t.MaskedIdNumber,
                    t.Post,
                    PhoneNumber.Mask(t.Phone),
                    t.EmploymentType,
                    t.IsInsured))
                .ToList(),
            SignedLetter = letter,
            RosterWarnings = warnings.Select(warning => warning.Message).ToList(),
            History = PlanHistoryService.ToEntries(plan.Reviews, includeChecklist: true),
            CanAct = canAct,
        };
    }

    private static async Task<StoredFileLink?> FindLetterAsync(
        AppDbContext db,
        UserScope scope,
        TrainingPlan plan,
        string enterpriseDistrictCode,
        CancellationToken cancellationToken)
    {
        if (plan.SignedLetterFileId is not { } fileId)
        {
            return null;
        }

        var file = await db.StoredFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId, cancellationToken);
        if (file is null)
        {
            return null;
        }

        // NOTE: the download rule follows the enterprise's current district, but review follows the plan's district.
        // If an enterprise moves to another district, the plan's reviewers can no longer download its letter.
        var canDownload = FileDownloadAccess.Evaluate(scope, file, enterpriseDistrictCode) == FileDownloadOutcome.Allowed;
        return new StoredFileLink(file.Id, file.OriginalName, file.Length, file.UploadedAt, canDownload);
    }
}
