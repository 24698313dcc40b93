using System.Buffers.Binary;
using System.Text;
using TrainingSubsidy.Core.Documents.Pdf;

namespace TrainingSubsidy.Tests.Documents;

/// <summary>Checks the font that tools/extract-ttc-face.py wrote against the OpenType table directory rules.</summary>
public sealed class EmbeddedFontTests
{
    private const uint ChecksumMagic = 0xB1B0AFBA;

    private static readonly byte[] Font = EmbeddedFontResolver.Instance.GetFont(EmbeddedFontResolver.FaceName);

    [Fact]
    public void FontIsSingleTrueTypeFace()
    {
        Assert.Equal(0x00010000u, BinaryPrimitives.ReadUInt32BigEndian(Font));
        Assert.True(Font.Length > 1_000_000, $"the font is only {Font.Length} bytes");
    }

    [Fact]
    public void TableChecksumsMatch()
    {
        foreach (var (tag, checksum, offset, length) in Tables())
        {
            var data = Font.AsSpan(offset, length).ToArray();
            if (tag == "head")
            {
                // The head table's checksum is computed with checkSumAdjustment, at offset 8, set to zero.
                data.AsSpan(8, 4).Clear();
            }

            Assert.Equal(checksum, Checksum(data));
            Assert.Equal(0, offset % 4);
        }
    }

    [Fact]
    public void WholeFileChecksumMatches()
    {
        Assert.Equal(ChecksumMagic, Checksum(Font));
    }

    [Fact]
    public void FontHasTablesPdfsharpNeeds()
    {
        var tags = Tables().Select(table => table.Tag).ToList();

        foreach (var required in new[] { "cmap", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "post" })
        {
            Assert.Contains(required, tags);
        }
    }

    private static List<(string Tag, uint Checksum, int Offset, int Length)> Tables()
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(Font.AsSpan(4));
        var tables = new List<(string, uint, int, int)>();
        for (var i = 0; i < count; i++)
        {
            var record = Font.AsSpan(12 + (16 * i), 16);
            tables.Add((
                Encoding.ASCII.GetString(record[..4]),
                BinaryPrimitives.ReadUInt32BigEndian(record[4..]),
                (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]),
                (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..])));
        }

        return tables;
    }

    /// <summary>Sums big-endian 32-bit words, zero-padding the last one, modulo 2^32.</summary>
    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        var index = 0;
        for (; index + 4 <= data.Length; index += 4)
        {
            sum += BinaryPrimitives.ReadUInt32BigEndian(data[index..]);
        }

        if (index < data.Length)
        {
            Span<byte> last = stackalloc byte[4];
            data[index..].CopyTo(last);
            sum += BinaryPrimitives.ReadUInt32BigEndian(last);
        }

        return sum;
    }
}
