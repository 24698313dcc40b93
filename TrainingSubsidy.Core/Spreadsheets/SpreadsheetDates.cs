using System.Globalization;
using System.Text.RegularExpressions;
using ClosedXML.Excel;

namespace TrainingSubsidy.Core.Spreadsheets;

/// <summary>Reads dates that Excel or WPS stored as serial numbers, date cells or text.</summary>
public static partial class SpreadsheetDates
{
    /// <summary>
    /// Serial numbers accepted as dates: 1 is 1900-01-01 and 2958465 is 9999-12-31 in Excel's 1900 date system.
    /// </summary>
    private const double MaxSerial = 2958465;

    /// <summary>Reads a date cell, a serial number or text such as 2020-03-05, 2020/3/5, 2020.3.5 or 2020年3月5日.</summary>
    public static bool TryRead(IXLCell cell, out DateOnly date)
    {
        date = default;
        if (cell.IsEmpty())
        {
            return false;
        }

        switch (cell.DataType)
        {
            case XLDataType.DateTime:
                date = DateOnly.FromDateTime(cell.GetDateTime());
                return true;
            case XLDataType.Number:
                return TryFromSerial(cell.GetDouble(), out date);
            default:
                return TryParse(cell.GetString(), out date);
        }
    }

    /// <summary>Converts an Excel serial day number (1900 date system) with no time part to a date.</summary>
    public static bool TryFromSerial(double serial, out DateOnly date)
    {
        date = default;
        if (serial < 1 || serial > MaxSerial || serial != Math.Floor(serial))
        {
            return false;
        }

        date = DateOnly.FromDateTime(DateTime.FromOADate(serial));
        return true;
    }

    /// <summary>
    /// Parses year-month-day text with one separator used twice (-, / or .) or with 年月日. The day must exist.
    /// </summary>
    public static bool TryParse(string? text, out DateOnly date)
    {
        date = default;
        var trimmed = Validation.TextNormalizer.NormalizeIdentifier(text);
        var match = DatePattern().Match(trimmed);
        if (!match.Success)
        {
            return false;
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    [GeneratedRegex(
        @"^(?<year>\d{4})(?:(?<separator>[-/.])(?<month>\d{1,2})\k<separator>(?<day>\d{1,2})|年(?<month>\d{1,2})月(?<day>\d{1,2})日?)$",
        RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();
}
