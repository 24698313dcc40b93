using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TrainingSubsidy.Core.Auditing;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Files;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.OnlineTraining.Learning;
using TrainingSubsidy.Core.Persistence;

namespace TrainingSubsidy.Core.OnlineTraining.Evidence;

/// <summary>
/// Evidence files of an approved plan: its enterprise uploads and removes them, and the district's staff read the
/// list. Removal marks the record and keeps the bytes, so the audit trail can always show what was there.
/// </summary>
public sealed class EvidenceService(
    IDbContextFactory<AppDbContext> dbFactory,
    FileStore fileStore,
    AuditTrail auditTrail,
    TimeProvider timeProvider,
    ILogger<EvidenceService> logger)
{
    private static readonly UploadRule Rule = UploadRules.TrainingEvidence;

    /// <summary>One lock per plan, so that two uploads at once cannot both pass the count limit.</summary>
    private readonly ConcurrentDictionary<int, SemaphoreSlim> _planLocks = new();

    public async Task<EvidenceList> ListAsync(UserScope scope, int planId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var plan = await LoadPlanAsync(db, planId, cancellationToken);
        LearningAccess.EnsureCanRead(scope, plan);

        var files = await ActiveEvidence(db, planId).OrderBy(file => file.UploadedAt).ToListAsync(cancellationToken);
        var uploaderIds = files.Select(file => file.UploadedByUserId).Distinct().ToList();
        var names = await db.Users.AsNoTracking()
            .Where(user => uploaderIds.Contains(user.Id))
            .ToDictionaryAsync(user => user.Id, user => user.DisplayName, cancellationToken);
        var isOwner = scope.Role == Roles.EnterpriseUser && scope.EnterpriseId == plan.EnterpriseId;
        var editable = isOwner && IsOpenForChanges(plan) && !await HasClaimAsync(db, planId, cancellationToken);
        return new EvidenceList(plan.Id, plan.PlanNumber, plan.Status, editable, editable,
            files.Select(file => new EvidenceFile(file.Id, file.OriginalName, file.Kind, file.Length, file.Sha256,
                    names.GetValueOrDefault(file.UploadedByUserId, "（已删除的用户）"), file.UploadedAt))
                .ToList());
    }

    /// <summary>
    /// Stores one uploaded file as evidence of the plan. Returns a failure with a Chinese message when the plan is
    /// not approved, the count limit is reached, or the file breaks the upload rule.
    /// </summary>
    public async Task<UploadResult> UploadAsync(UserScope scope, int planId, Stream content, string fileName,
        CancellationToken cancellationToken)
    {
        var planLock = _planLocks.GetOrAdd(planId, _ => new SemaphoreSlim(1, 1));
        await planLock.WaitAsync(cancellationToken);
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var plan = await LoadPlanAsync(db, planId, cancellationToken);
            LearningAccess.EnsureOwnEnterprise(scope, plan);
            if (!IsOpenForChanges(plan))
            {
                return UploadResult.Failure("只有审核通过的培训计划才能上传佐证材料。");
            }

            if (await HasClaimAsync(db, planId, cancellationToken))
            {
                return UploadResult.Failure("该计划的补贴申请已提交，佐证材料已随申请冻结，不能再上传。如需补充，请等区人社部门退回申请后再上传。");
            }

            var existing = await ActiveEvidence(db, planId).CountAsync(cancellationToken);
            var countError = Rule.CheckCount(existing, 1);
            if (countError is not null)
            {
                return UploadResult.Failure(countError);
            }

            var result = await fileStore.SaveAsync(content, fileName, Rule, plan.EnterpriseId, scope.UserId,
                cancellationToken);
            if (!result.Succeeded)
            {
                return result;
            }

            var file = result.File!;
            file.TrainingPlanId = plan.Id;
            db.StoredFiles.Add(file);
            await db.SaveChangesAsync(CancellationToken.None);
            EvidenceLog.Attached(logger, file.Id, plan.Id, scope.UserId);
            await auditTrail.RecordAsync(
                AuditRecord.For(scope, AuditActions.FileUploaded, nameof(StoredFile), Id(file.Id),
                    $"培训计划{plan.PlanNumber}的佐证材料“{file.OriginalName}”，SHA-256 {file.Sha256}"),
                CancellationToken.None);
            return result;
        }
        finally
        {
            planLock.Release();
        }
    }

    /// <summary>Marks an evidence file removed. The stored bytes stay, and the removal is audited.</summary>
    public async Task RemoveAsync(UserScope scope, int planId, int fileId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var plan = await LoadPlanAsync(db, planId, cancellationToken);
        LearningAccess.EnsureOwnEnterprise(scope, plan);
        if (!IsOpenForChanges(plan) || await HasClaimAsync(db, planId, cancellationToken))
        {
            throw new DomainException("只有审核通过、尚未申请补贴的培训计划才能删除佐证材料。");
        }

        var file = await db.StoredFiles.FirstOrDefaultAsync(
                candidate => candidate.Id == fileId && candidate.TrainingPlanId == planId
                    && candidate.Purpose == FilePurpose.TrainingEvidence && !candidate.IsRemoved,
                cancellationToken)
            ?? throw new DomainException("该佐证材料不存在或已删除，请刷新页面。");
        file.MarkRemoved(scope.UserId, timeProvider.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        EvidenceLog.Removed(logger, file.Id, plan.Id, scope.UserId);
        await auditTrail.RecordAsync(
            AuditRecord.For(scope, AuditActions.FileRemoved, nameof(StoredFile), Id(file.Id),
                $"培训计划{plan.PlanNumber}的佐证材料“{file.OriginalName}”，SHA-256 {file.Sha256}"),
            CancellationToken.None);
    }

    /// <summary>Evidence may change while the plan is approved and no claim of it is submitted or approved.</summary>
    private static bool IsOpenForChanges(TrainingPlan plan) => plan.Status == PlanStatus.Approved;

    /// <summary>A submitted or approved claim freezes the evidence it is judged on: no uploads and no removals.</summary>
    private static Task<bool> HasClaimAsync(AppDbContext db, int planId, CancellationToken cancellationToken) =>
        db.SubsidyClaims.AnyAsync(claim => claim.TrainingPlanId == planId
            && (claim.Status == Claims.ClaimStatus.Submitted || claim.Status == Claims.ClaimStatus.Approved), cancellationToken);

    private static IQueryable<StoredFile> ActiveEvidence(AppDbContext db, int planId) =>
        db.StoredFiles.AsNoTracking().Where(file =>
            file.TrainingPlanId == planId && file.Purpose == FilePurpose.TrainingEvidence && !file.IsRemoved);

    private static async Task<TrainingPlan> LoadPlanAsync(AppDbContext db, int planId,
        CancellationToken cancellationToken) =>
        await db.TrainingPlans.AsNoTracking().FirstOrDefaultAsync(plan => plan.Id == planId, cancellationToken)
        ?? throw new AccessDeniedException(PlanAccess.NotFoundOrDenied);

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
