namespace TrainingSubsidy.Core.Files;

/// <summary>Chinese messages for rejected uploads. Each names the file and the fix.</summary>
public static class UploadMessages
{
    public static string KindNotAllowed(string fileName, UploadRule rule) =>
        $"文件“{fileName}”的类型不在允许范围内。请上传 {AllowedKindNames(rule)} 格式的文件。";

    public static string UnknownContent(string fileName, UploadRule rule) =>
        $"无法识别文件“{fileName}”的内容，它不是有效的 {AllowedKindNames(rule)} 文件。"
        + "请用原始格式重新导出或扫描后上传，不要只修改扩展名。";

    public static string ExtensionMismatch(string fileName, FileKind actual) =>
        $"文件“{fileName}”的扩展名与内容不符：内容是 {actual.DisplayName()} 文件。"
        + $"请将扩展名改为 {actual.StoredExtension()}，或上传原始文件。";

    public static string TooLarge(string fileName, FileKind? kind, long maxBytes)
    {
        var kindText = kind is null ? string.Empty : kind.Value.DisplayName() + " ";
        return $"文件“{fileName}”超过大小限制：{kindText}文件不能超过 {FileSizeText.Format(maxBytes)}。"
            + "请压缩或拆分后重新上传。";
    }

    public static string Empty(string fileName) => $"文件“{fileName}”是空文件。请选择有内容的文件。";

    public static string NameMissing => "文件名为空。请给文件命名后重新上传。";

    public static string TooManySelected(int selected, int maxCount) =>
        $"一次选择了 {selected} 个文件，最多只能上传 {maxCount} 个。请减少文件数量后重新选择。";

    public static string Canceled(string fileName) => $"已取消上传“{fileName}”。";

    public static string ReadFailed(string fileName) =>
        $"读取文件“{fileName}”时连接中断，上传未完成。请检查网络后重新上传。";

    public static string SaveFailed(string fileName) =>
        $"保存文件“{fileName}”失败。请稍后重试；如果仍然失败，请联系管理员。";

    private static string AllowedKindNames(UploadRule rule) =>
        string.Join("、", rule.AllowedKinds.Select(kind => kind.DisplayName()));
}
