using System.IO.Compression;

namespace TrainingSubsidy.Core.Spreadsheets;

/// <summary>Recognises an .xlsx workbook by its content, whatever the file is called.</summary>
public static class XlsxContent
{
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];

    /// <summary>
    /// Returns true when the bytes are a ZIP package holding <c>[Content_Types].xml</c> and <c>xl/workbook.xml</c>,
    /// the two parts every .xlsx file has. An old .xls file, a CSV or a renamed PDF returns false.
    /// </summary>
    public static bool IsXlsx(ReadOnlySpan<byte> content)
    {
        if (content.Length < ZipSignature.Length || !content[..ZipSignature.Length].SequenceEqual(ZipSignature))
        {
            return false;
        }

        try
        {
            using var stream = new MemoryStream(content.ToArray(), writable: false);
            using var archive = new ZipArchive(stream, ZipArchiveMode.Read);
            var hasContentTypes = archive.GetEntry("[Content_Types].xml") is not null;
            var hasWorkbook = archive.GetEntry("xl/workbook.xml") is not null;
            return hasContentTypes && hasWorkbook;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
