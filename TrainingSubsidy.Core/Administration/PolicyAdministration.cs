using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TrainingSubsidy.Core.Auditing;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.Persistence;
using TrainingSubsidy.Core.Reference;

namespace TrainingSubsidy.Core.Administration;

/// <summary>
/// Adds versions of the policy parameters. Versions are never edited: a change is a new version that takes effect
/// from its date, today or later, so decisions already made keep the numbers they were made with.
/// </summary>
public sealed class PolicyAdministration(
    IDbContextFactory<AppDbContext> dbFactory,
    AuditTrail audit,
    TimeProvider timeProvider)
{
    public async Task<ValidationErrors> AddVersionAsync(
        UserScope scope,
        PolicyParameters draft,
        CancellationToken cancellationToken = default)
    {
        scope.EnsureRole(Roles.CityAdmin);
        var today = ChinaTime.Today(timeProvider);
        var errors = Validate(draft, today);
        if (!errors.IsValid)
        {
            return errors;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var current = await PolicyParameterService.FindInForceAsync(db, draft.EffectiveFrom, cancellationToken);
        var nextNumber = (await db.PolicyParameters.MaxAsync(p => (int?)p.VersionNumber, cancellationToken) ?? 0) + 1;
        var version = draft.CopyAsVersion(nextNumber, draft.EffectiveFrom, timeProvider.GetUtcNow(), scope.UserName);
        version.Note = draft.Note;
        db.PolicyParameters.Add(version);
        await db.SaveChangesAsync(cancellationToken);

        await audit.RecordAsync(AuditRecord.For(scope, AuditActions.PolicyChanged, "policy",
            nextNumber.ToString(CultureInfo.InvariantCulture), Describe(current, version)), cancellationToken);
        return errors;
    }

    public static ValidationErrors Validate(PolicyParameters draft, DateOnly today)
    {
        var errors = new ValidationErrors();
        if (draft.EffectiveFrom < today)
        {
            errors.Add(nameof(draft.EffectiveFrom),
                $"生效日期{draft.EffectiveFrom:yyyy-MM-dd}早于今天{today:yyyy-MM-dd}：新版本只能从今天或以后生效，以免改变已作出的决定。");
        }

        if (draft.OnlineTrainingAmountPerTrainee.Fen <= 0)
        {
            errors.Add(nameof(draft.OnlineTrainingAmountPerTrainee), "线上培训补贴标准必须大于0元。");
        }

        if (draft.WorkBasedAmountPerWorkerMonth.Fen <= 0)
        {
            errors.Add(nameof(draft.WorkBasedAmountPerWorkerMonth), "以工代训补贴标准必须大于0元。");
        }

        if (draft.WorkBasedMaxMonthsPerWorker is < 1 or > 12)
        {
            errors.Add(nameof(draft.WorkBasedMaxMonthsPerWorker), "以工代训每人最多月数应在1至12之间。");
        }

        CheckShare(errors, nameof(draft.GeneralLiteracyMaxShare), "通用职业素养课时占比上限", draft.GeneralLiteracyMaxShare);
        CheckShare(errors, nameof(draft.CompletionShareRequired), "补贴所需完成课时比例", draft.CompletionShareRequired);
        CheckShare(errors, nameof(draft.SpotCheckSampleRate), "抽查比例", draft.SpotCheckSampleRate);
        if (draft.SpotCheckMinimumSample < 1)
        {
            errors.Add(nameof(draft.SpotCheckMinimumSample), "抽查最少人数至少为1人。");
        }

        if (draft.PublicNoticeWorkingDays is < 1 or > 30)
        {
            errors.Add(nameof(draft.PublicNoticeWorkingDays), "公示期应为1至30个工作日。");
        }

        if (draft.MaxDailyLearningHours is <= 0 or > 24)
        {
            errors.Add(nameof(draft.MaxDailyLearningHours), "每日学习时长预警应大于0且不超过24小时。");
        }

        if (draft.EpidemicEnd is { } end && end < draft.EpidemicStart)
        {
            errors.Add(nameof(draft.EpidemicEnd),
                $"疫情结束日期{end:yyyy-MM-dd}不能早于开始日期{draft.EpidemicStart:yyyy-MM-dd}。");
        }

        if (draft.MinimumMonthlyWage.Fen <= 0)
        {
            errors.Add(nameof(draft.MinimumMonthlyWage), "最低工资标准必须大于0元。");
        }

        return errors;
    }

    private static void CheckShare(ValidationErrors errors, string field, string label, decimal share)
    {
        if (share is <= 0 or > 1)
        {
            errors.Add(field, $"{label}应大于0%且不超过100%，当前为{share:P0}。");
        }
    }

    /// <summary>Lists the numbers that differ from the version in force before, for the audit log.</summary>
    private static string Describe(PolicyParameters? before, PolicyParameters after)
    {
        var changes = new List<string> { $"自{after.EffectiveFrom:yyyy-MM-dd}起生效" };
        void Compare<T>(string label, T? old, T? updated)
        {
            if (!EqualityComparer<T>.Default.Equals(old, updated))
            {
                changes.Add($"{label}：{old}→{updated}");
            }
        }

        Compare("线上培训补贴标准", before?.OnlineTrainingAmountPerTrainee, after.OnlineTrainingAmountPerTrainee);
        Compare("以工代训补贴标准", before?.WorkBasedAmountPerWorkerMonth, after.WorkBasedAmountPerWorkerMonth);
        Compare("以工代训最多月数", before?.WorkBasedMaxMonthsPerWorker, after.WorkBasedMaxMonthsPerWorker);
        Compare("通用素养占比上限", before?.GeneralLiteracyMaxShare, after.GeneralLiteracyMaxShare);
        Compare("完成课时比例", before?.CompletionShareRequired, after.CompletionShareRequired);
        Compare("抽查比例", before?.SpotCheckSampleRate, after.SpotCheckSampleRate);
        Compare("抽查最少人数", before?.SpotCheckMinimumSample, after.SpotCheckMinimumSample);
        Compare("公示工作日", before?.PublicNoticeWorkingDays, after.PublicNoticeWorkingDays);
        Compare("每日学习时长预警", before?.MaxDailyLearningHours, after.MaxDailyLearningHours);
        Compare("疫情开始", before?.EpidemicStart, after.EpidemicStart);
        Compare("疫情结束", before?.EpidemicEnd, after.EpidemicEnd);
        Compare("最低工资", before?.MinimumMonthlyWage, after.MinimumMonthlyWage);
        return string.Join("；", changes);
    }
}
