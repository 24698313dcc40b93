namespace TrainingSubsidy.Core.Common;

/// <summary>
/// An entity that two people can edit at once. SQLite cannot generate row versions, so the application writes a
/// new <see cref="Version"/> on every save and EF Core compares the old one in the UPDATE's WHERE clause.
/// </summary>
public interface IVersioned
{
    Guid Version { get; }
}
