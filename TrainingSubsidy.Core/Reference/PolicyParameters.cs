using TrainingSubsidy.Core.Common;

namespace TrainingSubsidy.Core.Reference;

/// <summary>
/// One version of the policy numbers, in force from <see cref="EffectiveFrom"/> until the next version's date.
/// A decision uses the version in force on its own date, so a later change never alters it.
/// </summary>
public sealed class PolicyParameters
{
    private PolicyParameters()
    {
    }

    public PolicyParameters(int versionNumber, DateOnly effectiveFrom, DateTimeOffset createdAt, string createdBy)
    {
        VersionNumber = versionNumber;
        EffectiveFrom = effectiveFrom;
        CreatedAt = createdAt;
        CreatedBy = createdBy;
    }

    public int Id { get; private set; }

    public int VersionNumber { get; private set; }

    public DateOnly EffectiveFrom { get; private set; }

    /// <summary>Online-training subsidy per trainee, paid once per person citywide (600 yuan in 2020).</summary>
    public Money OnlineTrainingAmountPerTrainee { get; set; } = Money.FromYuan(600);

    /// <summary>Work-in-lieu-of-training subsidy per worker-month (1,000 yuan in 2020).</summary>
    public Money WorkBasedAmountPerWorkerMonth { get; set; } = Money.FromYuan(1000);

    /// <summary>Months of work-in-lieu-of-training subsidy one worker can receive citywide.</summary>
    public int WorkBasedMaxMonthsPerWorker { get; set; } = 3;

    /// <summary>Largest share of a plan's hours that general literacy courses (通用职业素养) may take.</summary>
    public decimal GeneralLiteracyMaxShare { get; set; } = 0.20m;

    /// <summary>Share of the plan's course hours a trainee must complete before the subsidy is due.</summary>
    public decimal CompletionShareRequired { get; set; } = 1.00m;

    /// <summary>Share of a plan's trainees drawn for a spot check.</summary>
    public decimal SpotCheckSampleRate { get; set; } = 0.05m;

    /// <summary>Smallest spot-check sample, whatever the rate gives.</summary>
    public int SpotCheckMinimumSample { get; set; } = 3;

    /// <summary>Working days that approved claims stay on public notice before payout.</summary>
    public int PublicNoticeWorkingDays { get; set; } = 5;

    /// <summary>Learning hours in one day above which a record is flagged for the reviewer.</summary>
    public decimal MaxDailyLearningHours { get; set; } = 10m;

    public DateOnly EpidemicStart { get; set; } = new(2020, 1, 24);

    /// <summary>End of the epidemic; work-in-lieu-of-training applications open after it. Unset until the city sets it.</summary>
    public DateOnly? EpidemicEnd { get; set; }

    /// <summary>Tianjin's monthly minimum wage, used to warn about implausible wages (2,050 yuan from July 2017).</summary>
    public Money MinimumMonthlyWage { get; set; } = Money.FromYuan(2050);

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = string.Empty;

    public string? Note { get; set; }

    /// <summary>Copies every policy number into a new, unsaved version with its own effective date.</summary>
    public PolicyParameters CopyAsVersion(int versionNumber, DateOnly effectiveFrom, DateTimeOffset createdAt, string createdBy) =>
        new(versionNumber, effectiveFrom, createdAt, createdBy)
        {
            OnlineTrainingAmountPerTrainee = OnlineTrainingAmountPerTrainee,
            WorkBasedAmountPerWorkerMonth = WorkBasedAmountPerWorkerMonth,
            WorkBasedMaxMonthsPerWorker = WorkBasedMaxMonthsPerWorker,
            GeneralLiteracyMaxShare = GeneralLiteracyMaxShare,
            CompletionShareRequired = CompletionShareRequired,
            SpotCheckSampleRate = SpotCheckSampleRate,
            SpotCheckMinimumSample = SpotCheckMinimumSample,
            PublicNoticeWorkingDays = PublicNoticeWorkingDays,
            MaxDailyLearningHours = MaxDailyLearningHours,
            EpidemicStart = EpidemicStart,
            EpidemicEnd = EpidemicEnd,
            MinimumMonthlyWage = MinimumMonthlyWage,
        };
}
