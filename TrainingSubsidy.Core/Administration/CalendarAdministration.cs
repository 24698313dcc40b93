using Microsoft.EntityFrameworkCore;
using TrainingSubsidy.Core.Auditing;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.Persistence;
using TrainingSubsidy.Core.Reference;

namespace TrainingSubsidy.Core.Administration;

/// <summary>Maintains the holidays and adjusted working days that public-notice periods are counted with.</summary>
public sealed class CalendarAdministration(IDbContextFactory<AppDbContext> dbFactory, AuditTrail audit)
{
    /// <summary>Adds or replaces the entry for a date.</summary>
    public async Task SetDayAsync(
        UserScope scope,
        DateOnly date,
        CalendarDayKind kind,
        string name,
        CancellationToken cancellationToken = default)
    {
        scope.EnsureRole(Roles.CityAdmin);
        var trimmed = name.Trim();
        if (trimmed.Length is < 1 or > 50)
        {
            throw new DomainException("请填写节假日名称（1至50个字），如“春节”或“国庆节调休”。");
        }

        var isWeekend = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        if (kind == CalendarDayKind.AdjustedWorkday && !isWeekend)
        {
            throw new DomainException($"{date:yyyy-MM-dd}是工作日，不需要设为调休上班日。");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var existing = await db.CalendarDays.FirstOrDefaultAsync(day => day.Date == date, cancellationToken);
        if (existing is not null)
        {
            db.CalendarDays.Remove(existing);
            await db.SaveChangesAsync(cancellationToken);
        }

        db.CalendarDays.Add(new CalendarDay(date, kind, trimmed));
        await db.SaveChangesAsync(cancellationToken);
        var kindName = kind == CalendarDayKind.Holiday ? "放假" : "调休上班";
        await audit.RecordAsync(AuditRecord.For(scope, AuditActions.CalendarChanged, "calendar-day",
            date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), $"设为{kindName}：{trimmed}"),
            cancellationToken);
    }

    public async Task RemoveDayAsync(UserScope scope, DateOnly date, CancellationToken cancellationToken = default)
    {
        scope.EnsureRole(Roles.CityAdmin);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var existing = await db.CalendarDays.FirstOrDefaultAsync(day => day.Date == date, cancellationToken)
            ?? throw new DomainException($"{date:yyyy-MM-dd}没有节假日或调休记录。");
        db.CalendarDays.Remove(existing);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(AuditRecord.For(scope, AuditActions.CalendarChanged, "calendar-day",
            date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), $"删除：{existing.Name}"),
            cancellationToken);
    }
}
