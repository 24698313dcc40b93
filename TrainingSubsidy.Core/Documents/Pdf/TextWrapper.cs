using System.Globalization;
using System.Text;

namespace TrainingSubsidy.Core.Documents.Pdf;

/// <summary>
/// Breaks text into lines that fit a width, because PDFsharp draws each string on one line. Chinese text may break
/// between any two characters, Latin words and numbers break only at spaces unless a single word is wider than the
/// line, and a surrogate pair or other text element is never split.
/// </summary>
public static class TextWrapper
{
    /// <summary>Punctuation that must not start a line; it hangs past the right edge instead.</summary>
    private const string NoLineStart = "，。、；：！？）】》」』〉”’…·%,.;:!?)]}";

    /// <summary>
    /// Wraps <paramref name="text"/> to lines no wider than <paramref name="maxWidth"/>, as
    /// <paramref name="measure"/> reports widths. The first line may be narrower, for an indent, when
    /// <paramref name="firstLineMaxWidth"/> is given. Line feeds start new lines and blank lines stay. The only line
    /// that may exceed its width is one ending in punctuation that <see cref="NoLineStart"/> lists.
    /// </summary>
    public static IReadOnlyList<string> Wrap(
        string text,
        Func<string, double> measure,
        double maxWidth,
        double? firstLineMaxWidth = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxWidth);

        var lines = new List<string>();
        var firstWidth = firstLineMaxWidth ?? maxWidth;
        double LineMaxWidth() => lines.Count == 0 ? firstWidth : maxWidth;

        var normalised = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        foreach (var paragraph in normalised.Split('\n'))
        {
            WrapParagraph(paragraph, measure, LineMaxWidth, lines);
        }

        return lines;
    }

    private static void WrapParagraph(
        string paragraph,
        Func<string, double> measure,
        Func<double> lineMaxWidth,
        List<string> lines)
    {
        var firstLineIndex = lines.Count;
        var line = new StringBuilder();
        var lineWidth = 0.0;
        foreach (var unit in SplitUnits(paragraph))
        {
            var unitWidth = measure(unit);
            var isSpace = string.IsNullOrWhiteSpace(unit);
            if (lineWidth + unitWidth <= lineMaxWidth())
            {
                if (!(isSpace && line.Length == 0))
                {
                    line.Append(unit);
                    lineWidth += unitWidth;
                }

                continue;
            }

            if (isSpace)
            {
                // A space at a break disappears.
                FlushLine(line, lines);
                lineWidth = 0;
                continue;
            }

            if (line.Length > 0 && unit.Length == 1 && NoLineStart.Contains(unit[0], StringComparison.Ordinal))
            {
                line.Append(unit);
                FlushLine(line, lines);
                lineWidth = 0;
                continue;
            }

            if (line.Length > 0)
            {
                FlushLine(line, lines);
                lineWidth = 0;
            }

            if (unitWidth <= lineMaxWidth())
            {
                line.Append(unit);
                lineWidth = unitWidth;
            }
            else
            {
                lineWidth = BreakLongWord(unit, measure, lineMaxWidth, line, lines);
            }
        }

        // An empty paragraph still takes a line, but punctuation hung at the very end leaves nothing to add.
        if (line.Length > 0 || lines.Count == firstLineIndex)
        {
            lines.Add(line.ToString().TrimEnd());
        }
    }

    /// <summary>Splits a word wider than the line between text elements; returns the width left in the open line.</summary>
    private static double BreakLongWord(
        string word,
        Func<string, double> measure,
        Func<double> lineMaxWidth,
        StringBuilder line,
        List<string> lines)
    {
        var lineWidth = 0.0;
        foreach (var element in TextElements(word))
        {
            var width = measure(element);
            if (lineWidth + width > lineMaxWidth() && line.Length > 0)
            {
                FlushLine(line, lines);
                lineWidth = 0;
            }

            line.Append(element);
            lineWidth += width;
        }

        return lineWidth;
    }

    private static void FlushLine(StringBuilder line, List<string> lines)
    {
        lines.Add(line.ToString().TrimEnd());
        line.Clear();
    }

    /// <summary>
    /// Splits a paragraph into units that wrapping keeps whole: one Chinese character or full-width punctuation mark,
    /// one whitespace character, or one run of other characters such as a Latin word, a number or a URL.
    /// </summary>
    internal static IEnumerable<string> SplitUnits(string paragraph)
    {
        var word = new StringBuilder();
        foreach (var element in TextElements(paragraph))
        {
            var isSpace = string.IsNullOrWhiteSpace(element);
            if (IsBreakableAlone(element) || isSpace)
            {
                if (word.Length > 0)
                {
                    yield return word.ToString();
                    word.Clear();
                }

                yield return element;
            }
            else
            {
                word.Append(element);
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }

    /// <summary>Returns the text elements (grapheme clusters), so 𠮷 or e with a combining accent stays whole.</summary>
    internal static IEnumerable<string> TextElements(string text)
    {
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            yield return enumerator.GetTextElement();
        }
    }

    /// <summary>
    /// Chinese characters (Unicode category Lo, which includes extension planes) and CJK or full-width punctuation
    /// may stand alone at a line break.
    /// </summary>
    private static bool IsBreakableAlone(string element)
    {
        var rune = Rune.GetRuneAt(element, 0);
        var value = rune.Value;
        if (value is >= 0x3000 and <= 0x303F or >= 0xFF00 and <= 0xFFEF or >= 0x2018 and <= 0x201D or 0x2026)
        {
            return true;
        }

        return Rune.GetUnicodeCategory(rune) == UnicodeCategory.OtherLetter;
    }
}
