using Microsoft.EntityFrameworkCore;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.Persistence;

namespace TrainingSubsidy.Core.Auditing;

/// <summary>Filters for the audit log search; empty filters match everything.</summary>
public sealed record AuditQuery(
    string? UserName = null,
    string? Action = null,
    string? ItemType = null,
    string? ItemId = null,
    DateOnly? From = null,
    DateOnly? To = null,
    int Page = 0,
    int PageSize = 50);

public sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, int TotalCount);

/// <summary>Searches the audit log, newest first; for the city administrator only.</summary>
public sealed class AuditSearch(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<AuditPage> SearchAsync(UserScope scope, AuditQuery query, CancellationToken cancellationToken = default)
    {
        scope.EnsureRole(Roles.CityAdmin);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.UserName))
        {
            entries = entries.Where(entry => entry.UserName != null && entry.UserName.Contains(query.UserName.Trim()));
        }

        if (!string.IsNullOrWhiteSpace(query.Action))
        {
            entries = entries.Where(entry => entry.Action == query.Action);
        }

        if (!string.IsNullOrWhiteSpace(query.ItemType))
        {
            entries = entries.Where(entry => entry.ItemType == query.ItemType.Trim());
        }

        if (!string.IsNullOrWhiteSpace(query.ItemId))
        {
            entries = entries.Where(entry => entry.ItemId == query.ItemId.Trim());
        }

        // Dates are Beijing dates: a day runs from 00:00 UTC+8 to the next 00:00 UTC+8.
        if (query.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), Common.ChinaTime.Offset);
            entries = entries.Where(entry => entry.At >= start);
        }

        if (query.To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), Common.ChinaTime.Offset);
            entries = entries.Where(entry => entry.At < end);
        }

        var total = await entries.CountAsync(cancellationToken);
        var page = await entries.OrderByDescending(entry => entry.SequenceNumber)
            .Skip(query.Page * query.PageSize)
            .Take(query.PageSize)
            .ToListAsync(cancellationToken);
        return new AuditPage(page, total);
    }
}
