using System.Globalization;

namespace TrainingSubsidy.Core.Files;

/// <summary>Formats byte counts for users in binary units (1 MB = 1,048,576 bytes).</summary>
public static class FileSizeText
{
    private const long Kilobyte = 1024;
    private const long Megabyte = 1024 * Kilobyte;

    /// <summary>Formats a size such as 10 MB, 1.5 MB, 320 KB or 512 B; whole numbers drop the decimal.</summary>
    public static string Format(long bytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bytes);

        if (bytes >= Megabyte)
        {
            return FormatUnit(bytes, Megabyte, "MB");
        }

        if (bytes >= Kilobyte)
        {
            return FormatUnit(bytes, Kilobyte, "KB");
        }

        return bytes.ToString(CultureInfo.InvariantCulture) + " B";
    }

    private static string FormatUnit(long bytes, long unit, string unitName)
    {
        var value = Math.Round((decimal)bytes / unit, 1, MidpointRounding.AwayFromZero);
        return value.ToString("0.#", CultureInfo.InvariantCulture) + " " + unitName;
    }
}
