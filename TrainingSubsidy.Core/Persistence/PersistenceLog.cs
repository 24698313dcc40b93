using Microsoft.Extensions.Logging;

namespace TrainingSubsidy.Core.Persistence;

internal static partial class PersistenceLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Using database {DataSource}")]
    public static partial void UsingDatabase(ILogger logger, string dataSource);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information,
        Message = "Applying {Count} pending migrations: {Migrations}")]
    public static partial void ApplyingMigrations(ILogger logger, int count, string migrations);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information,
        Message = "Database schema is up to date at migration {Migration}")]
    public static partial void SchemaUpToDate(ILogger logger, string migration);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Information, Message = "Seeded {Count} reference rows")]
    public static partial void SeededReferenceData(ILogger logger, int count);
}
