using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TrainingSubsidy.Core.Auditing;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.OnlineTraining;
using TrainingSubsidy.Core.Oversight;
using TrainingSubsidy.Core.Payouts;
using TrainingSubsidy.Core.Persistence;

namespace TrainingSubsidy.Core.Claims;

/// <summary>The claim preview shown before submission: the bank account, each trainee's status and the total.</summary>
public sealed record ClaimPreparation(
    int PlanId,
    string PlanNumber,
    string? OccupationName,
    DateOnly? TrainingStart,
    DateOnly? TrainingEnd,
    BankAccount? BankAccount,
    string? BlockingMessage,
    PlanEligibility Eligibility)
{
    public bool CanSubmit => BlockingMessage is null && BankAccount is not null && Eligibility.EligibleCount > 0;
}

/// <summary>The enterprise's submission: the plan, and the two confirmations the form requires.</summary>
public sealed record ClaimSubmission(int PlanId, bool BankAccountConfirmed, bool DataDeclaredGenuine);

/// <summary>A claim or a claimable plan in the enterprise's list, with the payout status of its award.</summary>
public sealed record EnterpriseClaimRow(
    int? ClaimId,
    string? ClaimNumber,
    int PlanId,
    string PlanNumber,
    DateOnly? TrainingEnd,
    ClaimStatus? Status,
    AwardStatus? AwardStatus,
    int PayableCount,
    Money Amount,
    string? Note)
{
    /// <summary>The status the enterprise reads, e.g. 已通过（公示中） or 已拨付.</summary>
    public string StatusText => (Status, AwardStatus) switch
    {
        (null, _) => "可申请",
        (ClaimStatus.Approved, { } award) => award switch
        {
            Payouts.AwardStatus.InNotice => "已通过（公示中）",
            Payouts.AwardStatus.HeldByObjection => "已通过（公示异议核查中）",
            Payouts.AwardStatus.Payable or Payouts.AwardStatus.InBatch or Payouts.AwardStatus.Sent => "待拨付",
            _ => award.ToChinese(),
        },
        ({ } claim, _) => claim.ToChinese(),
    };
}

/// <summary>
/// The enterprise side of subsidy claims: which plans can be claimed, the eligibility preview, and submission.
/// </summary>
public sealed class ClaimService(
    IDbContextFactory<AppDbContext> dbFactory,
    BlacklistService blacklist,
    AuditTrail audit,
    TimeProvider timeProvider,
    ILogger<ClaimService> logger)
{
    public async Task<IReadOnlyList<EnterpriseClaimRow>> ListAsync(UserScope scope,
        CancellationToken cancellationToken = default)
    {
        var enterpriseId = EnsureEnterprise(scope);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var plans = await db.TrainingPlans.AsNoTracking()
            .Where(plan => plan.EnterpriseId == enterpriseId && plan.Status == PlanStatus.Approved)
            .Select(plan => new { plan.Id, plan.PlanNumber, plan.TrainingEnd })
            .ToListAsync(cancellationToken);
        var claims = await db.SubsidyClaims.AsNoTracking().Include(claim => claim.Trainees)
            .Where(claim => claim.EnterpriseId == enterpriseId)
            .OrderByDescending(claim => claim.Id)
            .ToListAsync(cancellationToken);
        var awards = await db.Awards.AsNoTracking()
            .Where(award => award.EnterpriseId == enterpriseId && award.Programme == Programme.OnlineTraining)
            .Select(award => new { award.SourceId, award.Status, award.FailureReason })
            .ToDictionaryAsync(award => award.SourceId, cancellationToken);

        var today = ChinaTime.Today(timeProvider);
        var rows = new List<EnterpriseClaimRow>();
        foreach (var plan in plans.OrderByDescending(plan => plan.Id))
        {
            var planClaims = claims.Where(claim => claim.TrainingPlanId == plan.Id).ToList();
            var open = planClaims.Any(claim => claim.Status is not ClaimStatus.Returned);
            if (!open && plan.TrainingEnd < today)
            {
                rows.Add(new EnterpriseClaimRow(null, null, plan.Id, plan.PlanNumber, plan.TrainingEnd, null, null, 0,
                    Money.Zero, null));
            }

            foreach (var claim in planClaims)
            {
                var award = awards.GetValueOrDefault(claim.Id);
                var note = award?.FailureReason is { } failure ? $"银行退回原因：{failure}" : claim.DecisionReason;
                rows.Add(new EnterpriseClaimRow(claim.Id, claim.ClaimNumber, plan.Id, plan.PlanNumber, plan.TrainingEnd,
                    claim.Status, award?.Status, claim.PayableCount, claim.PayableAmount, note));
            }
        }

        return rows;
    }

    public async Task<ClaimPreparation> PrepareAsync(UserScope scope, int planId,
        CancellationToken cancellationToken = default)
    {
        EnsureEnterprise(scope);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var plan = await LoadPlanAsync(db, scope, planId, cancellationToken);
        var enterprise = await db.Enterprises.AsNoTracking().FirstAsync(e => e.Id == plan.EnterpriseId, cancellationToken);
        var eligibility = await ClaimEligibility.EvaluateAsync(db, plan, cancellationToken);
        var bankAccount = enterprise is { BankName: { } bank, BankAccountName: { } name, BankAccountNumber: { } number }
                          && !string.IsNullOrWhiteSpace(number)
            ? new BankAccount(bank, name, number)
            : null;

        var blocking = await FindBlockingMessageAsync(db, plan, cancellationToken);
        return new ClaimPreparation(plan.Id, plan.PlanNumber, plan.OccupationName, plan.TrainingStart, plan.TrainingEnd,
            bankAccount, blocking, eligibility);
    }

    /// <summary>
    /// Checks everything again on the server and saves the claim. Throws <see cref="DomainException"/> with the
    /// reason when the plan cannot be claimed, and <see cref="OncePerPersonRule.ViolationMessage"/> when another
    /// claim took one of the trainees after the check.
    /// </summary>
    public async Task<int> SubmitAsync(UserScope scope, ClaimSubmission submission,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var preparation = await PrepareAsync(scope, submission.PlanId, cancellationToken);
        if (preparation.BankAccount is null)
        {
            throw new DomainException("企业信息中缺少基本账户（开户银行、账户名称、银行账号），请先在“企业信息”中填写后再申请。");
        }

        if (!submission.BankAccountConfirmed)
        {
            throw new DomainException("请核对并确认收款的基本账户信息。");
        }

        if (!submission.DataDeclaredGenuine)
        {
            throw new DomainException("请勾选“本企业承诺所报职工及学习记录真实有效”后再提交。");
        }

        if (preparation.BlockingMessage is { } blocking)
        {
            throw new DomainException(blocking);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var attempt = await db.SubsidyClaims.CountAsync(claim => claim.TrainingPlanId == submission.PlanId,
            cancellationToken) + 1;
        var claim = new SubsidyClaim(
            $"BT-{preparation.PlanNumber}-{attempt}",
            preparation.PlanId,
            scope.EnterpriseId!.Value,
            await db.TrainingPlans.Where(p => p.Id == submission.PlanId).Select(p => p.DistrictCode)
                .FirstAsync(cancellationToken),
            preparation.BankAccount,
            preparation.Eligibility.AmountPerTrainee,
            scope.UserId,
            ChinaTime.Now(timeProvider),
            preparation.Eligibility.Trainees.Select(t => new ClaimTrainee(t.TraineeId, t.Name, t.IdNumber, t.Phone,
                t.Post, t.CompletedHours, t.RequiredHours, t.IneligibleReason)));
        db.SubsidyClaims.Add(claim);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (OncePerPersonRule.IsViolation(exception))
        {
            ClaimLog.OncePerPersonViolated(logger, submission.PlanId, scope.UserName, exception);
            throw new DomainException(OncePerPersonRule.ViolationMessage);
        }
        catch (DbUpdateException exception) when (exception.InnerException?.Message.Contains(
                                                      "SubsidyClaims.ClaimNumber", StringComparison.Ordinal) == true)
        {
            throw new DomainException("该培训计划的补贴申请刚刚已提交，请勿重复提交。请返回补贴申请列表查看。");
        }

        ClaimLog.Submitted(logger, scope.UserName, claim.Id, claim.TrainingPlanId, claim.PayableCount);
        await audit.RecordAsync(AuditRecord.For(scope, AuditActions.ClaimSubmitted, "subsidy-claim",
            claim.Id.ToString(CultureInfo.InvariantCulture),
            $"{claim.ClaimNumber}：{claim.PayableCount}人，{claim.PayableAmount}元"), cancellationToken);
        return claim.Id;
    }

    private async Task<string?> FindBlockingMessageAsync(AppDbContext db, TrainingPlan plan,
        CancellationToken cancellationToken)
    {
        if (await blacklist.FindActiveAsync(plan.EnterpriseId, cancellationToken) is { } entry)
        {
            return BlacklistService.Describe(entry);
        }

        var today = ChinaTime.Today(timeProvider);
        if (plan.TrainingEnd is not { } end || today <= end)
        {
            return $"培训期{plan.TrainingEnd:yyyy-MM-dd}结束后才能申请补贴（今天是{today:yyyy-MM-dd}）。";
        }

        var existing = await db.SubsidyClaims.AsNoTracking()
            .Where(claim => claim.TrainingPlanId == plan.Id && claim.Status != ClaimStatus.Returned)
            .Select(claim => new { claim.ClaimNumber, claim.Status })
            .FirstOrDefaultAsync(cancellationToken);
        return existing is null
            ? null
            : $"该培训计划已有补贴申请{existing.ClaimNumber}（{existing.Status.ToChinese()}），不能重复申请。";
    }

    private static async Task<TrainingPlan> LoadPlanAsync(AppDbContext db, UserScope scope, int planId,
        CancellationToken cancellationToken)
    {
        var plan = await db.TrainingPlans.AsNoTracking()
                       .Include(p => p.Courses)
                       .Include(p => p.Trainees)
                       .AsSplitQuery()
                       .FirstOrDefaultAsync(p => p.Id == planId, cancellationToken)
                   ?? throw new DomainException($"未找到ID为{planId}的培训计划，请从补贴申请列表重新选择。");
        scope.EnsureCanAccessEnterprise(plan.EnterpriseId, plan.DistrictCode);
        if (plan.Status != PlanStatus.Approved)
        {
            throw new DomainException($"培训计划{plan.PlanNumber}当前状态为“{plan.Status.ToChinese()}”，审核通过后才能申请补贴。");
        }

        return plan;
    }

    private static int EnsureEnterprise(UserScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        scope.EnsureRole(Roles.EnterpriseUser);
        return scope.EnterpriseId ?? throw new AccessDeniedException("您的账号未关联企业，请联系管理员。");
    }
}
