using System.Buffers;
using System.Globalization;
using System.Text;

namespace TrainingSubsidy.Core.Files;

/// <summary>Cleans a user's file name for display and storage in the database; it never becomes a path.</summary>
public static class FileNameSanitizer
{
    /// <summary>Maximum length in UTF-16 code units, matching the database column.</summary>
    public const int MaxLength = 120;

    /// <summary>Longest extension kept whole when a name is shortened. A longer one counts as stem.</summary>
    private const int MaxExtensionLength = 10;

    /// <summary>Characters that Windows rejects in file names, removed so a downloaded copy saves as-is.</summary>
    private static readonly SearchValues<char> ReservedCharacters = SearchValues.Create("<>:\"|?*");

    /// <summary>
    /// Returns the last path segment of <paramref name="name"/> without control, format (invisible) and reserved
    /// characters, with whitespace collapsed, leading and trailing dots and spaces trimmed, and at most
    /// <see cref="MaxLength"/> characters, keeping the extension. Returns an empty string when nothing is left.
    /// </summary>
    public static string Sanitize(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return string.Empty;
        }

        // Both separators count, whatever the server's platform, because browsers on Windows may send full paths.
        var lastSeparator = name.AsSpan().LastIndexOfAny('/', '\\');
        var segment = lastSeparator >= 0 ? name[(lastSeparator + 1)..] : name;

        // Normalising needs valid UTF-16, so lone surrogates go first.
        var cleaned = RemoveUnsafeCharacters(segment).Normalize(NormalizationForm.FormC);
        cleaned = cleaned.Trim(' ', '.');
        return Truncate(cleaned);
    }

    private static string RemoveUnsafeCharacters(string segment)
    {
        var builder = new StringBuilder(segment.Length);
        var previousWasSpace = false;
        foreach (var rune in segment.EnumerateRunes())
        {
            if (IsUnsafe(rune))
            {
                continue;
            }

            var isSpace = Rune.IsWhiteSpace(rune);
            if (isSpace && previousWasSpace)
            {
                continue;
            }

            builder.Append(isSpace ? " " : rune.ToString());
            previousWasSpace = isSpace;
        }

        return builder.ToString();
    }

    /// <summary>
    /// Control and format characters include the right-to-left override that can make <c>exe.pdf</c> show as
    /// <c>fdp.exe</c>, and zero-width spaces. Invalid UTF-16 arrives from EnumerateRunes as U+FFFD.
    /// </summary>
    private static bool IsUnsafe(Rune rune)
    {
        if (rune == Rune.ReplacementChar)
        {
            return true;
        }

        if (rune.IsBmp && ReservedCharacters.Contains((char)rune.Value))
        {
            return true;
        }

        return Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control
            or UnicodeCategory.Format
            or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.PrivateUse
            or UnicodeCategory.OtherNotAssigned;
    }

    /// <summary>Shortens the stem so that stem plus extension fit, without splitting a surrogate pair.</summary>
    private static string Truncate(string name)
    {
        if (name.Length <= MaxLength)
        {
            return name;
        }

        var extension = Path.GetExtension(name);
        if (extension.Length > MaxExtensionLength)
        {
            extension = string.Empty;
        }

        var stem = name[..^extension.Length];
        var stemLength = MaxLength - extension.Length;
        if (char.IsHighSurrogate(stem[stemLength - 1]))
        {
            stemLength--;
        }

        return stem[..stemLength].TrimEnd(' ', '.') + extension;
    }
}
