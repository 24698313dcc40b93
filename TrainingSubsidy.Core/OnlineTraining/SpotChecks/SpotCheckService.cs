using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using TrainingSubsidy.Core.Auditing;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.Persistence;
using TrainingSubsidy.Core.Reference;
using TrainingSubsidy.Core.Validation;

namespace TrainingSubsidy.Core.OnlineTraining.SpotChecks;

public sealed record SampleRow(
    int TraineeId,
    string MaskedName,
    string MaskedIdNumber,
    string MaskedPhone,
    string Post,
    bool AddedByHand,
    IReadOnlyList<SpotCheckRecord> Records,
    TraineeDispute? Dispute);

public sealed record SpotCheckOverview(
    int PlanId,
    string PlanNumber,
    string EnterpriseName,
    PlanStatus Status,
    int TraineeCount,
    SpotCheckDraw? Draw,
    bool DrawReproduces,
    IReadOnlyList<SampleRow> Sample,
    IReadOnlyList<(int TraineeId, string MaskedName, string MaskedIdNumber)> NotSampled);

/// <summary>What a reviewer logs for one check.</summary>
public sealed record SpotCheckEntry(
    int TraineeId,
    SpotCheckMethod Method,
    DateTimeOffset CheckedAt,
    string? NumberCalled,
    SpotCheckOutcome Outcome,
    string? Notes);

/// <summary>
/// District reviewers' spot checks (抽查) of an approved plan's learners: a seeded random draw at the policy's
/// sample rate, trainees added by hand, logged checks, and disputes opened by a 否认参训 outcome.
/// </summary>
public sealed class SpotCheckService(IDbContextFactory<AppDbContext> dbFactory, AuditTrail audit, TimeProvider timeProvider)
{
    public async Task<SpotCheckOverview> GetAsync(UserScope scope, int planId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var plan = await LoadPlanAsync(db, scope, planId, forWriting: false, cancellationToken);
        var enterpriseName = await db.Enterprises.Where(e => e.Id == plan.EnterpriseId).Select(e => e.Name)
            .FirstAsync(cancellationToken);
        var draw = await db.SpotCheckDraws.AsNoTracking().FirstOrDefaultAsync(d => d.TrainingPlanId == planId, cancellationToken);
        var members = await db.SpotCheckSampleMembers.AsNoTracking().Where(m => m.TrainingPlanId == planId)
            .ToListAsync(cancellationToken);
        var records = await db.SpotCheckRecords.AsNoTracking().Where(r => r.TrainingPlanId == planId)
            .OrderBy(r => r.CheckedAt).ToListAsync(cancellationToken);
        var disputes = await db.TraineeDisputes.AsNoTracking().Where(d => d.TrainingPlanId == planId)
            .OrderByDescending(d => d.OpenedAt).ToListAsync(cancellationToken);

        var reproduces = draw is not null && SpotCheckSampler.Draw(plan.Trainees.Select(t => t.Id), draw.SampleCount, draw.Seed)
            .SequenceEqual(members.Where(m => m.DrawId == draw.Id).Select(m => m.TraineeId).Order());
        var sampledIds = members.Select(m => m.TraineeId).ToHashSet();
        var rows = plan.Trainees
            .Where(t => sampledIds.Contains(t.Id))
            .OrderBy(t => t.SortOrder)
            .Select(t => new SampleRow(
                t.Id,
                t.MaskedName,
                t.MaskedIdNumber,
                PhoneNumber.Mask(t.Phone),
                t.Post,
                members.First(m => m.TraineeId == t.Id).AddedByHand,
                records.Where(r => r.TraineeId == t.Id).ToList(),
                disputes.FirstOrDefault(d => d.TraineeId == t.Id)))
            .ToList();
        var notSampled = plan.Trainees.Where(t => !sampledIds.Contains(t.Id)).OrderBy(t => t.SortOrder)
            .Select(t => (t.Id, t.MaskedName, t.MaskedIdNumber)).ToList();
        return new SpotCheckOverview(plan.Id, plan.PlanNumber, enterpriseName, plan.Status, plan.Trainees.Count, draw,
            reproduces, rows, notSampled);
    }

    /// <summary>Draws the sample once per plan, at the rate and minimum of the policy in force today.</summary>
    public async Task<SpotCheckDraw> DrawAsync(UserScope scope, int planId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var plan = await LoadPlanAsync(db, scope, planId, forWriting: true, cancellationToken);
        if (await db.SpotCheckDraws.AnyAsync(d => d.TrainingPlanId == planId, cancellationToken))
        {
            throw new DomainException("该计划已经抽取过样本；如需增加抽查对象，请手工添加。");
        }

        var today = ChinaTime.Today(timeProvider);
        var policy = await PolicyParameterService.FindInForceAsync(db, today, cancellationToken)
            ?? throw new InvalidOperationException($"No policy parameters are in force on {today:yyyy-MM-dd}.");
        var traineeIds = plan.Trainees.Select(t => t.Id).ToList();
        var size = SpotCheckSampler.SampleSize(traineeIds.Count, policy.SpotCheckSampleRate, policy.SpotCheckMinimumSample);
        var seed = RandomNumberGenerator.GetInt32(int.MaxValue);
        var now = timeProvider.GetUtcNow();
        var draw = new SpotCheckDraw(planId, seed, policy.SpotCheckSampleRate, policy.SpotCheckMinimumSample,
            traineeIds.Count, size, scope.UserId, scope.UserName, now);
        db.SpotCheckDraws.Add(draw);
        await db.SaveChangesAsync(cancellationToken);

        foreach (var traineeId in SpotCheckSampler.Draw(traineeIds, size, seed))
        {
            db.SpotCheckSampleMembers.Add(new SpotCheckSampleMember(planId, traineeId, draw.Id, scope.UserName, now));
        }

        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(AuditRecord.For(scope, AuditActions.SpotCheckDrawn, "training-plan", Id(planId),
            $"抽取{size}人（共{traineeIds.Count}人，比例{policy.SpotCheckSampleRate:P0}，种子{seed}）"), cancellationToken);
        return draw;
    }

    public async Task AddByHandAsync(UserScope scope, int planId, int traineeId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var plan = await LoadPlanAsync(db, scope, planId, forWriting: true, cancellationToken);
        EnsureTrainee(plan, traineeId);
        if (await db.SpotCheckSampleMembers.AnyAsync(m => m.TrainingPlanId == planId && m.TraineeId == traineeId,
                cancellationToken))
        {
            throw new DomainException("该职工已在抽查名单中。");
        }

        db.SpotCheckSampleMembers.Add(new SpotCheckSampleMember(planId, traineeId, null, scope.UserName,
            timeProvider.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Returns a sampled trainee's phone number in full and records that it was shown.</summary>
    public async Task<string> RevealPhoneAsync(UserScope scope, int planId, int traineeId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var plan = await LoadPlanAsync(db, scope, planId, forWriting: true, cancellationToken);
        var trainee = EnsureTrainee(plan, traineeId);
        await EnsureSampledAsync(db, planId, traineeId, cancellationToken);
        await audit.RecordAsync(AuditRecord.For(scope, AuditActions.PersonalDataShown, "trainee", Id(traineeId),
            $"抽查时查看{trainee.MaskedName}的联系电话（计划{plan.PlanNumber}）"), cancellationToken);
        return trainee.Phone;
    }

    public async Task<ValidationErrors> RecordAsync(UserScope scope, int planId, SpotCheckEntry entry,
        CancellationToken cancellationToken = default)
    {
        var errors = new ValidationErrors();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var plan = await LoadPlanAsync(db, scope, planId, forWriting: true, cancellationToken);
        EnsureTrainee(plan, entry.TraineeId);
        await EnsureSampledAsync(db, planId, entry.TraineeId, cancellationToken);

        string? number = null;
        if (entry.Method == SpotCheckMethod.Phone || !string.IsNullOrWhiteSpace(entry.NumberCalled))
        {
            if (PhoneNumber.TryParse(entry.NumberCalled, out var phone, out var phoneError))
            {
                number = phone.Value;
            }
            else
            {
                errors.Add(nameof(entry.NumberCalled), $"拨打号码：{phoneError}");
            }
        }

        if (entry.CheckedAt > timeProvider.GetUtcNow().AddMinutes(5))
        {
            errors.Add(nameof(entry.CheckedAt), $"抽查时间{ChinaTime.Format(entry.CheckedAt)}晚于现在，请填写实际抽查的时间。");
        }

        var notes = TextNormalizer.NormalizeText(entry.Notes);
        if (entry.Outcome == SpotCheckOutcome.DeniedAttendance && notes.Length < 2)
        {
            errors.Add(nameof(entry.Notes), "职工否认参训时，请在备注中记录对方的原话或情况。");
        }

        if (!errors.IsValid)
        {
            return errors;
        }

        var now = timeProvider.GetUtcNow();
        var record = new SpotCheckRecord(planId, entry.TraineeId, entry.Method, entry.CheckedAt, number, entry.Outcome,
            notes.Length == 0 ? null : notes, scope.UserId, scope.UserName, now);
        db.SpotCheckRecords.Add(record);
        await db.SaveChangesAsync(cancellationToken);

        if (entry.Outcome == SpotCheckOutcome.DeniedAttendance
            && !await db.TraineeDisputes.AnyAsync(d => d.TraineeId == entry.TraineeId && d.ResolvedAt == null, cancellationToken))
        {
            db.TraineeDisputes.Add(new TraineeDispute(planId, entry.TraineeId, record.Id, now));
            await db.SaveChangesAsync(cancellationToken);
        }

        await audit.RecordAsync(AuditRecord.For(scope, AuditActions.SpotCheckRecorded, "trainee", Id(entry.TraineeId),
            $"计划{plan.PlanNumber}：{entry.Method.ToChinese()}抽查，结果{entry.Outcome.ToChinese()}"), cancellationToken);
        return errors;
    }

    public async Task ResolveDisputeAsync(UserScope scope, int disputeId, bool cleared, string note,
        CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var dispute = await db.TraineeDisputes.FirstOrDefaultAsync(d => d.Id == disputeId, cancellationToken)
            ?? throw new DomainException("争议记录不存在。");
        await LoadPlanAsync(db, scope, dispute.TrainingPlanId, forWriting: true, cancellationToken);
        dispute.Resolve(cleared, note, scope.UserName, timeProvider.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(AuditRecord.For(scope, AuditActions.SpotCheckRecorded, "trainee", Id(dispute.TraineeId),
            cleared ? $"争议核实为已参训：{dispute.ResolutionNote}" : $"确认未参训，不予补贴：{dispute.ResolutionNote}"),
            cancellationToken);
    }

    /// <summary>Ids of the plan's trainees who must not be paid because of a spot check.</summary>
    public static async Task<IReadOnlySet<int>> BlockedTraineeIdsAsync(AppDbContext db, int planId,
        CancellationToken cancellationToken)
    {
        var disputes = await db.TraineeDisputes.AsNoTracking().Where(d => d.TrainingPlanId == planId)
            .ToListAsync(cancellationToken);
        return disputes.Where(d => d.BlocksPayment).Select(d => d.TraineeId).ToHashSet();
    }

    private static async Task<TrainingPlan> LoadPlanAsync(AppDbContext db, UserScope scope, int planId, bool forWriting,
        CancellationToken cancellationToken)
    {
        if (forWriting)
        {
            scope.EnsureRole(Roles.DistrictReviewer);
        }
        else
        {
            scope.EnsureRole(Roles.DistrictReviewer, Roles.CityAdmin);
        }

        var plan = await db.TrainingPlans.AsNoTracking().Include(p => p.Trainees)
                       .FirstOrDefaultAsync(p => p.Id == planId, cancellationToken)
                   ?? throw new DomainException("培训计划不存在。");
        scope.EnsureCanAccessDistrict(plan.DistrictCode);
        if (plan.Status != PlanStatus.Approved)
        {
            throw new DomainException($"培训计划{plan.PlanNumber}尚未审核通过，不能抽查。");
        }

        return plan;
    }

    private static Trainee EnsureTrainee(TrainingPlan plan, int traineeId) =>
        plan.Trainees.FirstOrDefault(t => t.Id == traineeId)
        ?? throw new DomainException("该职工不在此培训计划中。");

    private static async Task EnsureSampledAsync(AppDbContext db, int planId, int traineeId, CancellationToken cancellationToken)
    {
        if (!await db.SpotCheckSampleMembers.AnyAsync(m => m.TrainingPlanId == planId && m.TraineeId == traineeId,
                cancellationToken))
        {
            throw new DomainException("该职工不在抽查名单中，请先抽样或手工添加。");
        }
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
