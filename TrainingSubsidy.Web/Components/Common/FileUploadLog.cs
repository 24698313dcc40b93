namespace TrainingSubsidy.Web.Components.Common;

internal static partial class FileUploadLog
{
    [LoggerMessage(EventId = 3701, Level = LogLevel.Information,
        Message = "Upload of {Purpose} file stored as {StoredName} ({Length} bytes)")]
    public static partial void Stored(ILogger logger, string purpose, string storedName, long length);

    [LoggerMessage(EventId = 3702, Level = LogLevel.Information,
        Message = "Upload of a {Purpose} file was rejected: {Reason}")]
    public static partial void Rejected(ILogger logger, string purpose, string reason);

    [LoggerMessage(EventId = 3703, Level = LogLevel.Information, Message = "Upload of a {Purpose} file was canceled")]
    public static partial void Canceled(ILogger logger, string purpose);

    [LoggerMessage(EventId = 3704, Level = LogLevel.Error, Message = "Upload of a {Purpose} file failed")]
    public static partial void Failed(ILogger logger, string purpose, Exception exception);
}
