using TrainingSubsidy.Core.Common;

namespace TrainingSubsidy.Web.Features.Review;

/// <summary>Display formats shared by the review pages.</summary>
internal static class ReviewFormat
{
    public static string Date(DateOnly? date) =>
        date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "未填写";

    public static string Period(DateOnly? start, DateOnly? end) =>
        start is null && end is null ? "未填写" : $"{Date(start)} 至 {Date(end)}";

    /// <summary>Formats a moment in China time, or returns a dash when there is none.</summary>
    public static string Moment(DateTimeOffset? moment) => moment is { } value ? ChinaTime.Format(value) : "—";

    public static string Hours(decimal hours) => hours.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Formats a share such as 0.1667 as "16.7%".</summary>
    public static string Share(decimal share) =>
        (share * 100).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "%";
}
