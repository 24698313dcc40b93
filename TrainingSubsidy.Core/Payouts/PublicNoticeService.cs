using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TrainingSubsidy.Core.Auditing;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.OnlineTraining;
using TrainingSubsidy.Core.Persistence;
using TrainingSubsidy.Core.Reference;
using TrainingSubsidy.Core.Validation;

namespace TrainingSubsidy.Core.Payouts;

/// <summary>A published award with masked names and ID numbers, as every signed-in user may read it.</summary>
public sealed record NoticeRow(
    int AwardId,
    string DistrictCode,
    string DistrictName,
    string EnterpriseName,
    Programme Programme,
    int Quantity,
    Money Amount,
    DateOnly NoticeStart,
    DateOnly NoticeEnd,
    AwardStatus Status,
    IReadOnlyList<string> MaskedPeople,
    IReadOnlyList<AwardObjection> Objections);

/// <summary>
/// The public notice (公示) of approved awards. Awards approved on one day in a district are published together from
/// the next working day for the policy's number of working days. An open objection keeps an award out of payout, and an award
/// becomes payable on the first day after its notice ends without an open objection.
/// </summary>
public sealed class PublicNoticeService(
    IDbContextFactory<AppDbContext> dbFactory,
    AuditTrail audit,
    TimeProvider timeProvider,
    ILogger<PublicNoticeService> logger)
{
    /// <summary>
    /// Sets the notice period of awards that have none and makes finished ones payable. Pages call it before they
    /// list awards, so no background job is needed.
    /// </summary>
    public async Task<int> RefreshAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var today = ChinaTime.Today(timeProvider);
        var awards = await db.Awards
            .Where(award => award.Status == AwardStatus.InNotice)
            .Where(award => award.NoticeEnd == null || award.NoticeEnd < today)
            .ToListAsync(cancellationToken);
        if (awards.Count == 0)
        {
            return 0;
        }

        var calendar = await WorkingDayCalendar.LoadAsync(db, cancellationToken);
        foreach (var award in awards.Where(award => award.NoticeStart is null))
        {
            var approvedOn = DateOnly.FromDateTime(award.ApprovedAt.ToOffset(ChinaTime.Offset).DateTime);
            var policy = await PolicyParameterService.FindInForceAsync(db, approvedOn, cancellationToken);
            var (start, end) = NoticePeriod.For(calendar, approvedOn, policy?.PublicNoticeWorkingDays ?? 5);
            award.StartNotice(start, end);
        }

        var payable = awards.Count(award => award.TryEndNotice(today));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another page refreshed the same awards at the same moment; its result is the same.
            return 0;
        }

        if (payable > 0)
        {
            PayoutLog.AwardsPayable(logger, payable);
        }

        return payable;
    }

    /// <summary>Lists awards on notice today and held ones; objections only for district staff and the city administrator.</summary>
    public async Task<IReadOnlyList<NoticeRow>> ListAsync(UserScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await RefreshAsync(cancellationToken);
        var today = ChinaTime.Today(timeProvider);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var awards = await db.Awards.AsNoTracking().Include(award => award.Lines)
            .Where(award => award.NoticeStart <= today)
            .Where(award => award.Status == AwardStatus.InNotice || award.Status == AwardStatus.HeldByObjection)
            .OrderBy(award => award.DistrictCode).ThenBy(award => award.NoticeStart).ThenBy(award => award.Id)
            .ToListAsync(cancellationToken);
        var enterpriseIds = awards.Select(award => award.EnterpriseId).Distinct().ToList();
        var enterprises = await db.Enterprises.AsNoTracking().Where(e => enterpriseIds.Contains(e.Id))
            .ToDictionaryAsync(e => e.Id, e => e.Name, cancellationToken);
        var districts = await db.Districts.AsNoTracking().ToDictionaryAsync(d => d.Code, d => d.Name, cancellationToken);
        var awardIds = awards.Select(award => award.Id).ToList();
        var objections = scope.IsDistrictStaff || scope.IsCityAdmin
            ? await db.AwardObjections.AsNoTracking().Where(o => awardIds.Contains(o.AwardId)).ToListAsync(cancellationToken)
            : [];

        return awards.Select(award => new NoticeRow(
                award.Id,
                award.DistrictCode,
                districts.GetValueOrDefault(award.DistrictCode, award.DistrictCode),
                enterprises.GetValueOrDefault(award.EnterpriseId, string.Empty),
                award.Programme,
                award.Quantity,
                award.Amount,
                award.NoticeStart!.Value,
                award.NoticeEnd!.Value,
                award.Status,
                award.Lines.Select(line => line.IdNumber).Distinct().Select(id =>
                    $"{Trainee.MaskName(award.Lines.First(l => l.IdNumber == id).PersonName)} {ResidentIdNumber.Mask(id)}")
                    .ToList(),
                objections.Where(o => o.AwardId == award.Id && scope.CanAccessDistrict(award.DistrictCode)).ToList()))
            .ToList();
    }

    /// <summary>Records an objection by district staff during the notice and keeps the award out of payout.</summary>
    public async Task<int> RecordObjectionAsync(UserScope scope, int awardId, string raisedBy, string content,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        scope.EnsureRole(Roles.DistrictReviewer, Roles.DistrictFinance);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var award = await db.Awards.FirstOrDefaultAsync(a => a.Id == awardId, cancellationToken)
                    ?? throw new DomainException($"未找到ID为{awardId}的公示补贴，请刷新公示页面。");
        scope.EnsureCanAccessDistrict(award.DistrictCode);
        var today = ChinaTime.Today(timeProvider);
        if (award.NoticeEnd is { } end && today > end && award.Status != AwardStatus.HeldByObjection)
        {
            throw new DomainException($"补贴{award.SourceNumber}的公示期已于{end:yyyy-MM-dd}结束，不能再登记异议。");
        }

        award.HoldForObjection();
        var objection = new AwardObjection(award.Id, raisedBy, content, scope.UserId, scope.UserName,
            ChinaTime.Now(timeProvider));
        db.AwardObjections.Add(objection);
        await SaveAsync(db, cancellationToken);

        PayoutLog.ObjectionRecorded(logger, scope.UserName, objection.Id, award.Id);
        await audit.RecordAsync(AuditRecord.For(scope, AuditActions.ObjectionRecorded, "award",
            award.Id.ToString(CultureInfo.InvariantCulture), $"{award.SourceNumber}：提出人{objection.RaisedBy}"),
            cancellationToken);
        return objection.Id;
    }

    /// <summary>
    /// Resolves an objection. An upheld one revokes the award. When the last open one is dismissed, the award returns
    /// to the notice, and becomes payable when the notice has already ended.
    /// </summary>
    public async Task ResolveObjectionAsync(UserScope scope, int objectionId, bool upheld, string resolution,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        scope.EnsureRole(Roles.DistrictReviewer);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var objection = await db.AwardObjections.FirstOrDefaultAsync(o => o.Id == objectionId, cancellationToken)
                        ?? throw new DomainException($"未找到ID为{objectionId}的异议，请刷新页面。");
        var award = await db.Awards.FirstAsync(a => a.Id == objection.AwardId, cancellationToken);
        scope.EnsureCanAccessDistrict(award.DistrictCode);

        objection.Resolve(upheld, resolution, scope.UserName, ChinaTime.Now(timeProvider));
        var othersOpen = await db.AwardObjections.AnyAsync(
            o => o.AwardId == award.Id && o.Id != objection.Id && o.ResolvedAt == null, cancellationToken);
        if (award.Status == AwardStatus.HeldByObjection)
        {
            if (upheld)
            {
                // NOTE: the people of a revoked award stay payable in their claim rows, so they cannot be claimed
                // again. The application has no way yet to release them.
                award.Revoke();
            }
            else if (!othersOpen)
            {
                award.ReleaseFromObjection();
                award.TryEndNotice(ChinaTime.Today(timeProvider));
            }
        }

        await SaveAsync(db, cancellationToken);
        PayoutLog.ObjectionResolved(logger, scope.UserName, objection.Id, upheld);
        await audit.RecordAsync(AuditRecord.For(scope, AuditActions.ObjectionResolved, "award",
            award.Id.ToString(CultureInfo.InvariantCulture),
            $"{award.SourceNumber}：{(upheld ? "异议成立，补贴撤销" : "异议不成立")}，结论：{objection.Resolution}"),
            cancellationToken);
    }

    private static async Task SaveAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException("该补贴的状态刚被其他人修改，操作未保存。请刷新页面后重试。");
        }
    }
}
