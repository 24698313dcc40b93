using System.Globalization;
using System.Text;

namespace TrainingSubsidy.Core.OnlineTraining.Review;

/// <summary>
/// Cleans free text typed by reviewers. Unlike NFKC normalisation it keeps full-width Chinese punctuation such as
/// "，" and "（", which enterprises' names and reviewers' reasons contain and readers expect to see unchanged.
/// </summary>
internal static class ReviewText
{
    /// <summary>Removes invisible format characters (e.g. U+200B, U+FEFF) and outer white space.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var character in text)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(character) != UnicodeCategory.Format)
            {
                builder.Append(character);
            }
        }

        return builder.ToString().Trim();
    }
}
