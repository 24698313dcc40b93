using Microsoft.Extensions.Logging;

namespace TrainingSubsidy.Core.Files;

/// <summary>Log messages of the file store. File names are left out because they can contain ID numbers.</summary>
internal static partial class FileStoreLog
{
    [LoggerMessage(EventId = 1201, Level = LogLevel.Information,
        Message = "Stored {Purpose} file {StoredName} ({Length} bytes) for enterprise {EnterpriseId}")]
    public static partial void Stored(
        ILogger logger,
        string storedName,
        FilePurpose purpose,
        long length,
        int? enterpriseId);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Information, Message = "Rejected a {Purpose} upload: {Reason}")]
    public static partial void Rejected(ILogger logger, FilePurpose purpose, string reason);

    [LoggerMessage(EventId = 1203, Level = LogLevel.Warning, Message = "Could not delete upload file {FileName}")]
    public static partial void FileNotDeleted(ILogger logger, string fileName, Exception exception);

    [LoggerMessage(EventId = 1204, Level = LogLevel.Information, Message = "Discarded unrecorded file {StoredName}")]
    public static partial void Discarded(ILogger logger, string storedName);
}
