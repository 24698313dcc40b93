using System.Globalization;
using System.Text.RegularExpressions;
using TrainingSubsidy.Core.Validation;

namespace TrainingSubsidy.Core.Spreadsheets;

/// <summary>Reads a date with an optional time of day from a serial number or from text.</summary>
public static partial class SpreadsheetDateTimes
{
    /// <summary>Serial 2958466 is 10000-01-01 in Excel's 1900 date system, past the last valid day.</summary>
    private const double SerialLimit = 2958466;

    /// <summary>Converts an Excel serial number (1900 date system) with an optional fraction of a day, to the minute.</summary>
    public static bool TryFromSerial(double serial, out DateTime value)
    {
        value = default;
        if (double.IsNaN(serial) || serial < 1 || serial >= SerialLimit)
        {
            return false;
        }

        var exact = DateTime.FromOADate(serial);
        value = new DateTime(exact.Year, exact.Month, exact.Day, exact.Hour, exact.Minute, 0)
            .AddMinutes(exact.Second >= 30 ? 1 : 0);
        return true;
    }

    /// <summary>
    /// Parses a date that <see cref="SpreadsheetDates.TryParse"/> accepts, optionally followed by a time as H:mm or
    /// H:mm:ss (full-width colons too, as NFKC folds them). Without a time the value is midnight.
    /// </summary>
    public static bool TryParse(string? text, out DateTime value)
    {
        value = default;
        var normalized = TextNormalizer.NormalizeText(text).Trim();
        var match = DateTimePattern().Match(normalized);
        if (!match.Success || !SpreadsheetDates.TryParse(match.Groups["date"].Value, out var date))
        {
            return false;
        }

        if (!match.Groups["hour"].Success)
        {
            value = date.ToDateTime(TimeOnly.MinValue);
            return true;
        }

        var hour = int.Parse(match.Groups["hour"].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(match.Groups["minute"].Value, CultureInfo.InvariantCulture);
        var second = match.Groups["second"].Success
            ? int.Parse(match.Groups["second"].Value, CultureInfo.InvariantCulture)
            : 0;
        if (hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        value = date.ToDateTime(new TimeOnly(hour, minute, second));
        return true;
    }

    [GeneratedRegex(
        @"^(?<date>\S+?)(?:(?:\s+|(?<=日))(?<hour>\d{1,2}):(?<minute>\d{2})(?::(?<second>\d{2}))?)?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex DateTimePattern();
}
