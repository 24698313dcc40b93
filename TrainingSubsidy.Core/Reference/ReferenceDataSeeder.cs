using System.Globalization;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using TrainingSubsidy.Core.Persistence;

namespace TrainingSubsidy.Core.Reference;

/// <summary>
/// Creates the reference data on first start: districts, policy parameters version 1, the occupation catalogue
/// and the 2020 holiday calendar. Each table is filled only while it is empty, so later edits survive restarts.
/// </summary>
public sealed class ReferenceDataSeeder(TimeProvider timeProvider)
{
    /// <summary>Major groups 4, 5 and 6 hold the skill-type occupations in most cases; the city edits the flag later.</summary>
    private static readonly HashSet<int> SkillTypeMajorGroups = [4, 5, 6];

    public async Task<int> SeedAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var added = 0;
        if (!await db.Districts.AnyAsync(cancellationToken))
        {
            var districts = ReadCsv("tianjin-districts.csv")
                .Select(row => new District(row["code"], row["name"]))
                .ToList();
            db.Districts.AddRange(districts);
            added += districts.Count;
        }

        if (!await db.PolicyParameters.AnyAsync(cancellationToken))
        {
            db.PolicyParameters.Add(new PolicyParameters(1, new DateOnly(2020, 1, 24), timeProvider.GetUtcNow(), "system")
            {
                Note = "2020年2月市人社局、市财政局通知确定的初始参数",
            });
            added++;
        }

        if (!await db.Occupations.AnyAsync(cancellationToken))
        {
            var occupations = ReadCsv("occupations-2022.csv")
                .Where(row => row["is_occupation"] == "1")
                .Select(row =>
                {
                    var majorGroup = int.Parse(row["major_group_code"], CultureInfo.InvariantCulture);
                    var minorGroup = string.IsNullOrEmpty(row["minor_group_name"]) ? null : row["minor_group_name"];
                    return new Occupation(
                        row["code"],
                        row["name"],
                        majorGroup,
                        minorGroup,
                        SkillTypeMajorGroups.Contains(majorGroup));
                })
                .ToList();
            db.Occupations.AddRange(occupations);
            added += occupations.Count;
        }

        if (!await db.CalendarDays.AnyAsync(cancellationToken))
        {
            var days = ReadCsv("holidays-2020.csv")
                .Select(row => new CalendarDay(
                    DateOnly.ParseExact(row["date"], "yyyy-MM-dd", CultureInfo.InvariantCulture),
                    row["is_off_day"] == "1" ? CalendarDayKind.Holiday : CalendarDayKind.AdjustedWorkday,
                    row["holiday"]))
                .ToList();
            db.CalendarDays.AddRange(days);
            added += days.Count;
        }

        await db.SaveChangesAsync(cancellationToken);
        return added;
    }

    /// <summary>Reads an embedded seed file; the files are plain comma-separated UTF-8 without quoted fields.</summary>
    private static List<Dictionary<string, string>> ReadCsv(string fileName)
    {
        var resourceName = $"TrainingSubsidy.Core.Reference.Seed.{fileName}";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Embedded seed file {resourceName} is missing.");
        using var reader = new StreamReader(stream);

        var header = (reader.ReadLine() ?? string.Empty).Split(',');
        var rows = new List<Dictionary<string, string>>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            var cells = line.Split(',');
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                row[header[i]] = i < cells.Length ? cells[i] : string.Empty;
            }

            rows.Add(row);
        }

        return rows;
    }
}
