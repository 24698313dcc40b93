namespace TrainingSubsidy.Web.Infrastructure;

internal static partial class WebLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "TrainingSubsidy started in {Environment}")]
    public static partial void Started(ILogger logger, string environment);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "TrainingSubsidy is stopping")]
    public static partial void Stopping(ILogger logger);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Information, Message = "User {UserName} signed in")]
    public static partial void SignedIn(ILogger logger, string userName);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning,
        Message = "Failed sign-in for user name {UserName} from {RemoteAddress}")]
    public static partial void SignInFailed(ILogger logger, string userName, string? remoteAddress);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Warning, Message = "User {UserName} is locked out")]
    public static partial void LockedOut(ILogger logger, string userName);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Information, Message = "User {UserName} signed out")]
    public static partial void SignedOut(ILogger logger, string userName);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Error, Message = "Unhandled error {ErrorId} in a component")]
    public static partial void ComponentError(ILogger logger, string errorId, Exception exception);

    [LoggerMessage(EventId = 3008, Level = LogLevel.Information, Message = "User {UserName} changed the password")]
    public static partial void PasswordChanged(ILogger logger, string userName);

    [LoggerMessage(EventId = 3009, Level = LogLevel.Warning, Message = "Access denied to user {UserName}: {Reason}")]
    public static partial void AccessDenied(ILogger logger, string userName, string reason);
}
