using System.Globalization;
using System.Text;

namespace TrainingSubsidy.Core.Validation;

/// <summary>
/// Cleans identifiers typed or pasted by users: Unicode NFKC (full-width digits and letters become ASCII),
/// then drops white space and invisible format characters such as U+200B and U+FEFF, then upper-cases.
/// </summary>
public static class TextNormalizer
{
    public static string NormalizeIdentifier(string? input)
    {
        if (string.IsNullOrEmpty(input))
        {
            return string.Empty;
        }

        var normalized = input.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(normalized.Length);
        foreach (var character in normalized)
        {
            if (char.IsWhiteSpace(character) || IsInvisible(character))
            {
                continue;
            }

            builder.Append(char.ToUpperInvariant(character));
        }

        return builder.ToString();
    }

    /// <summary>Normalises free text: NFKC, invisible characters removed, outer white space trimmed.</summary>
    public static string NormalizeText(string? input)
    {
        if (string.IsNullOrEmpty(input))
        {
            return string.Empty;
        }

        var normalized = input.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(normalized.Length);
        foreach (var character in normalized)
        {
            if (!IsInvisible(character))
            {
                builder.Append(character);
            }
        }

        return builder.ToString().Trim();
    }

    private static bool IsInvisible(char character)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(character);
        return category is UnicodeCategory.Format or UnicodeCategory.Control;
    }
}
