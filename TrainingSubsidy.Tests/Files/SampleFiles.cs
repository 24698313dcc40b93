using System.Text;
using TrainingSubsidy.Core.Files;

namespace TrainingSubsidy.Tests.Files;

/// <summary>Minimal byte sequences that start like real files of each kind.</summary>
internal static class SampleFiles
{
    public static byte[] Jpeg(int length = 2048) =>
        WithHeader([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46], length);

    public static byte[] Png(int length = 2048) =>
        WithHeader([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D], length);

    public static byte[] Pdf(int length = 2048) => WithHeader(Encoding.ASCII.GetBytes("%PDF-1.7\n"), length);

    /// <summary>An MP4 whose first box is a 24-byte <c>ftyp</c> box with brand isom.</summary>
    public static byte[] Mp4(int length = 4096) =>
        WithHeader([0x00, 0x00, 0x00, 0x18, .. "ftypisom"u8, 0x00, 0x00, 0x02, 0x00], length);

    /// <summary>A Windows executable: the DOS header starts with MZ.</summary>
    public static byte[] Executable(int length = 2048) => WithHeader("MZ"u8.ToArray(), length);

    public static byte[] For(FileKind kind, int length) => kind switch
    {
        FileKind.Jpeg => Jpeg(length),
        FileKind.Png => Png(length),
        FileKind.Pdf => Pdf(length),
        FileKind.Mp4 => Mp4(length),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Fills the rest with a repeating pattern so that different lengths hash differently.</summary>
    private static byte[] WithHeader(byte[] header, int length)
    {
        var bytes = new byte[Math.Max(length, header.Length)];
        header.CopyTo(bytes, 0);
        for (var i = header.Length; i < bytes.Length; i++)
        {
            bytes[i] = (byte)(i * 31 % 251);
        }

        return bytes;
    }
}
