using System.Globalization;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Validation;

namespace TrainingSubsidy.Core.OnlineTraining;

/// <summary>Checks the course list of step 3, including the cap on general-literacy hours.</summary>
public static class CourseValidator
{
    public const decimal MaxHoursPerCourse = 1000m;

    /// <summary>Field key for messages about the whole list, such as the literacy share.</summary>
    public const string ListField = "Courses";

    /// <summary>
    /// Validates every row and the literacy share against <paramref name="literacyMaxShare"/> (0.20 is 20%).
    /// Returns the courses ready to store, or an empty list when there is any error.
    /// </summary>
    public static IReadOnlyList<Course> Validate(
        IReadOnlyList<CourseInput> rows,
        decimal literacyMaxShare,
        ValidationErrors errors)
    {
        var courses = new List<Course>();
        for (var index = 0; index < rows.Count; index++)
        {
            var row = rows[index];
            var rowNumber = index + 1;
            var name = TextNormalizer.NormalizeText(row.Name);
            if (name.Length is < 2 or > 200)
            {
                errors.Add($"{ListField}[{index}].Name", $"第{rowNumber}门课程的名称“{row.Name}”应为2至200个字。");
            }

            if (row.Hours is not { } hours || hours <= 0 || hours > MaxHoursPerCourse)
            {
                errors.Add($"{ListField}[{index}].Hours",
                    $"第{rowNumber}门课程的课时“{row.Hours}”无效，应大于0且不超过{MaxHoursPerCourse:0}。");
            }
            else if (decimal.Round(hours, 1) != hours)
            {
                errors.Add($"{ListField}[{index}].Hours",
                    $"第{rowNumber}门课程的课时“{hours}”最多保留一位小数，如1.5。");
            }

            if (row.Category is null)
            {
                errors.Add($"{ListField}[{index}].Category", $"请选择第{rowNumber}门课程的类别（职业技能或通用职业素养）。");
            }

            if (row.Delivery is null)
            {
                errors.Add($"{ListField}[{index}].Delivery", $"请选择第{rowNumber}门课程的授课方式（直播、录播或线上互动）。");
            }

            if (errors.IsValid)
            {
                courses.Add(new Course(name, row.Hours!.Value, row.Category!.Value, row.Delivery!.Value, index));
            }
        }

        ValidateLiteracyShare(rows, literacyMaxShare, errors);
        return errors.IsValid ? courses : [];
    }

    /// <summary>
    /// Adds an error when general-literacy hours exceed the share of total hours. A plan exactly at the share
    /// passes; the comparison multiplies instead of dividing so no rounding is involved.
    /// </summary>
    public static void ValidateLiteracyShare(
        IEnumerable<CourseInput> rows,
        decimal literacyMaxShare,
        ValidationErrors errors)
    {
        var summary = Summarize(rows, literacyMaxShare);
        if (!summary.IsWithinCap)
        {
            errors.Add(ListField,
                $"通用职业素养课时{Format(summary.LiteracyHours)}占总课时{Format(summary.TotalHours)}的{FormatPercent(summary.LiteracyShare)}，"
                + $"超过政策规定的{FormatPercent(literacyMaxShare)}上限。按当前职业技能课时，通用职业素养最多可安排"
                + $"{Format(summary.MaxLiteracyHours)}课时；请减少通用职业素养课时或增加职业技能课时。");
        }
    }

    /// <summary>Returns total and literacy hours of the rows that have hours, for the live display and the cap.</summary>
    public static CourseHoursSummary Summarize(IEnumerable<CourseInput> rows, decimal literacyMaxShare)
    {
        var total = 0m;
        var literacy = 0m;
        foreach (var row in rows)
        {
            if (row.Hours is not { } hours || hours <= 0)
            {
                continue;
            }

            total += hours;
            if (row.Category == CourseCategory.GeneralLiteracy)
            {
                literacy += hours;
            }
        }

        return new CourseHoursSummary(total, literacy, literacyMaxShare);
    }

    public static string FormatPercent(decimal share) =>
        (share * 100m).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    private static string Format(decimal hours) => hours.ToString("0.#", CultureInfo.InvariantCulture);
}

/// <summary>Total and general-literacy hours of a course list against the share allowed.</summary>
public readonly record struct CourseHoursSummary(decimal TotalHours, decimal LiteracyHours, decimal MaxShare)
{
    public decimal LiteracyShare => TotalHours == 0 ? 0 : LiteracyHours / TotalHours;

    public bool IsWithinCap => LiteracyHours <= TotalHours * MaxShare;

    /// <summary>
    /// Most literacy hours allowed with the current skill hours, rounded down to one decimal: with skill hours S
    /// and share p, literacy L is allowed while L ≤ p·(S + L), that is L ≤ p·S / (1 − p).
    /// </summary>
    public decimal MaxLiteracyHours => MaxShare >= 1
        ? decimal.MaxValue
        : decimal.Floor((TotalHours - LiteracyHours) * MaxShare / (1 - MaxShare) * 10) / 10;
}
