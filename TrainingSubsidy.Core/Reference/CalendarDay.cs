namespace TrainingSubsidy.Core.Reference;

public enum CalendarDayKind
{
    /// <summary>A public holiday or rest day that falls on a weekday.</summary>
    Holiday = 1,

    /// <summary>A weekend day that is worked in exchange for a holiday (调休).</summary>
    AdjustedWorkday = 2,
}

/// <summary>
/// An exception to the Monday-to-Friday working week. Days without an entry are working days on weekdays and
/// rest days on weekends.
/// </summary>
public sealed class CalendarDay
{
    private CalendarDay()
    {
    }

    public CalendarDay(DateOnly date, CalendarDayKind kind, string name)
    {
        Date = date;
        Kind = kind;
        Name = name;
    }

    public DateOnly Date { get; private set; }

    public CalendarDayKind Kind { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public bool IsWorkingDay => Kind == CalendarDayKind.AdjustedWorkday;
}
