namespace TrainingSubsidy.Core.Common;

/// <summary>
/// Current date and time in Tianjin. China Standard Time is UTC+8 all year (no daylight saving), so a fixed offset is
/// exact and does not depend on the server's time zone.
/// </summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTimeOffset Now(TimeProvider timeProvider) => timeProvider.GetUtcNow().ToOffset(Offset);

    public static DateOnly Today(TimeProvider timeProvider) => DateOnly.FromDateTime(Now(timeProvider).DateTime);

    public static string Format(DateTimeOffset moment) => moment.ToOffset(Offset).ToString("yyyy-MM-dd HH:mm",
        System.Globalization.CultureInfo.InvariantCulture);
}
