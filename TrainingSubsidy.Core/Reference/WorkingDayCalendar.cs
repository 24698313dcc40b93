using Microsoft.EntityFrameworkCore;
using TrainingSubsidy.Core.Persistence;

namespace TrainingSubsidy.Core.Reference;

/// <summary>
/// Counts working days: Monday to Friday, minus public holidays, plus the weekend days worked in exchange
/// (调休), as the calendar table records them.
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly Dictionary<DateOnly, bool> _exceptions;

    public WorkingDayCalendar(IEnumerable<CalendarDay> days)
    {
        _exceptions = days.ToDictionary(day => day.Date, day => day.IsWorkingDay);
    }

    public static async Task<WorkingDayCalendar> LoadAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var days = await db.CalendarDays.AsNoTracking().ToListAsync(cancellationToken);
        return new WorkingDayCalendar(days);
    }

    public bool IsWorkingDay(DateOnly date)
    {
        if (_exceptions.TryGetValue(date, out var isWorking))
        {
            return isWorking;
        }

        return date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    /// <summary>
    /// Returns the last day of a period of <paramref name="workingDays"/> working days that starts on
    /// <paramref name="start"/>, or on the next working day when <paramref name="start"/> is not one.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workingDays, 1);

        var day = start;
        var counted = 0;
        while (true)
        {
            if (IsWorkingDay(day))
            {
                counted++;
                if (counted == workingDays)
                {
                    return day;
                }
            }

            day = day.AddDays(1);
        }
    }

    public int CountWorkingDays(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }
}
