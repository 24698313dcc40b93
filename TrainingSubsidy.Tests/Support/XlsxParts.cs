using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace TrainingSubsidy.Tests.Support;

/// <summary>Edits the XML inside a saved .xlsx package, for cases ClosedXML cannot write.</summary>
public static partial class XlsxParts
{
    /// <summary>
    /// Stores <paramref name="cachedValue"/> as the calculated value of the formula cell <paramref name="cellReference"/>
    /// on the first sheet, the way Excel saves a formula's last result.
    /// </summary>
    public static byte[] AddCachedValue(byte[] content, string cellReference, string cachedValue)
    {
        using var stream = new MemoryStream();
        stream.Write(content);
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = archive.GetEntry("xl/worksheets/sheet1.xml")
                ?? throw new InvalidOperationException("The package has no first sheet part.");
            string xml;
            using (var reader = new StreamReader(entry.Open(), Encoding.UTF8))
            {
                xml = reader.ReadToEnd();
            }

            var cell = new Regex($"(<(?<p>\\w+:)?c r=\"{cellReference}\"[^>]*>\\s*<\\k<p>?f>[^<]*</\\k<p>?f>)(\\s*<\\k<p>?v\\s*/>|\\s*<\\k<p>?v>[^<]*</\\k<p>?v>)?");
            var match = cell.Match(xml);
            if (!match.Success)
            {
                throw new InvalidOperationException($"No formula cell {cellReference} in: {xml}");
            }

            var prefix = match.Groups["p"].Value;
            var replaced = xml[..match.Index] + match.Groups[1].Value + $"<{prefix}v>{cachedValue}</{prefix}v>" +
                xml[(match.Index + match.Length)..];
            entry.Delete();
            var rewritten = archive.CreateEntry("xl/worksheets/sheet1.xml");
            using var writer = new StreamWriter(rewritten.Open(), new UTF8Encoding(false));
            writer.Write(replaced);
        }

        return stream.ToArray();
    }
}
