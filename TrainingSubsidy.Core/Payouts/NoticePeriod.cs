using TrainingSubsidy.Core.Reference;

namespace TrainingSubsidy.Core.Payouts;

/// <summary>The public notice period (公示期) of awards approved on one day.</summary>
public static class NoticePeriod
{
    /// <summary>
    /// Returns the notice's first and last day: it starts on the first working day after
    /// <paramref name="approvedOn"/> and lasts <paramref name="workingDays"/> working days.
    /// </summary>
    public static (DateOnly Start, DateOnly End) For(WorkingDayCalendar calendar, DateOnly approvedOn, int workingDays)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var start = calendar.AddWorkingDays(approvedOn.AddDays(1), 1);
        return (start, calendar.AddWorkingDays(start, workingDays));
    }
}
