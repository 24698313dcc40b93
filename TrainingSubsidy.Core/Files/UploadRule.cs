using System.Globalization;
using System.Text;

namespace TrainingSubsidy.Core.Files;

/// <summary>Limits for one purpose: which kinds are allowed, the largest size per kind and how many files.</summary>
public sealed record UploadRule(FilePurpose Purpose, IReadOnlyDictionary<FileKind, long> MaxBytesByKind, int MaxCount)
{
    /// <summary>The allowed kinds in display order.</summary>
    public IReadOnlyList<FileKind> AllowedKinds =>
        FileKinds.DisplayOrder.Where(MaxBytesByKind.ContainsKey).ToList();

    /// <summary>The largest size any allowed kind may have. A longer stream is rejected whatever its kind.</summary>
    public long LargestMaxBytes => MaxBytesByKind.Values.DefaultIfEmpty(0).Max();

    /// <summary>
    /// The value for an HTML file input's <c>accept</c> attribute, e.g. <c>.pdf,.jpg,.jpeg,.png</c>. It only
    /// filters the browser's picker, so the server checks the content again.
    /// </summary>
    public string AcceptAttribute =>
        string.Join(",", AllowedKinds.SelectMany(kind => kind.AcceptedExtensions()));

    public bool Allows(FileKind kind) => MaxBytesByKind.ContainsKey(kind);

    /// <summary>Returns the size limit for <paramref name="kind"/>, or null when the kind is not allowed.</summary>
    public long? MaxBytesFor(FileKind kind) => MaxBytesByKind.TryGetValue(kind, out var max) ? max : null;

    /// <summary>
    /// Describes the limits in the Chinese a page shows beside the upload button, for example
    /// 支持 PDF、JPG、PNG；单个文件不超过 10 MB；最多 5 个.
    /// </summary>
    public string Describe()
    {
        var kinds = AllowedKinds;
        var text = new StringBuilder();
        text.Append("支持 ").Append(JoinKindNames(kinds)).Append('；');

        var groups = kinds
            .GroupBy(kind => MaxBytesByKind[kind])
            .OrderBy(group => group.Key)
            .ToList();
        if (groups.Count == 1)
        {
            text.Append("单个文件不超过 ").Append(FileSizeText.Format(groups[0].Key));
        }
        else
        {
            var parts = groups.Select(group =>
                JoinKindNames(group) + " 不超过 " + FileSizeText.Format(group.Key));
            text.Append("单个文件").Append(string.Join("，", parts));
        }

        text.Append("；最多 ").Append(MaxCount.ToString(CultureInfo.InvariantCulture)).Append(" 个");
        return text.ToString();
    }

    /// <summary>
    /// Returns the Chinese message for adding <paramref name="adding"/> files to <paramref name="existing"/> ones,
    /// or null when the total stays within <see cref="MaxCount"/>. Counting the existing files is the caller's job.
    /// </summary>
    public string? CheckCount(int existing, int adding)
    {
        if (existing + adding <= MaxCount)
        {
            return null;
        }

        var remaining = Math.Max(0, MaxCount - existing);
        return remaining == 0
            ? $"最多上传 {MaxCount} 个文件，已上传 {existing} 个。请先删除不需要的文件再上传。"
            : $"最多上传 {MaxCount} 个文件，已上传 {existing} 个，本次最多还能选择 {remaining} 个。";
    }

    private static string JoinKindNames(IEnumerable<FileKind> kinds) =>
        string.Join("、", kinds.Select(kind => kind.DisplayName()));
}

/// <summary>The outcome of saving an upload: the unsaved record, or the Chinese message giving the reason.</summary>
public sealed record UploadResult(StoredFile? File, string? Error)
{
    public bool Succeeded => File is not null;

    public static UploadResult Success(StoredFile file) => new(file, null);

    public static UploadResult Failure(string error) => new(null, error);
}
