namespace TrainingSubsidy.Core.Persistence;

/// <summary>Where the application keeps its database, keys and uploaded files.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>Data folder; a relative path is taken from the application's content root. Default App_Data.</summary>
    public string DataDirectory { get; set; } = "App_Data";
}

/// <summary>Absolute paths derived from the configured data folder.</summary>
public sealed record StoragePaths(string DataDirectory)
{
    public string DatabaseFile => Path.Combine(DataDirectory, "trainingsubsidy.db");

    public string KeysDirectory => Path.Combine(DataDirectory, "keys");

    public string FilesDirectory => Path.Combine(DataDirectory, "files");

    public string DefaultConnectionString => $"Data Source={DatabaseFile};Pooling=True;Default Timeout=30";

    public void EnsureCreated()
    {
        Directory.CreateDirectory(DataDirectory);
        Directory.CreateDirectory(KeysDirectory);
        Directory.CreateDirectory(FilesDirectory);
    }
}
