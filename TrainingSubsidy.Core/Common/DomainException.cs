namespace TrainingSubsidy.Core.Common;

/// <summary>A broken business rule, with a message in Chinese that can be shown to the user as it is.</summary>
public class DomainException(string message) : Exception(message);

/// <summary>The user's role or scope does not allow the read or write that was attempted.</summary>
public sealed class AccessDeniedException(string message) : DomainException(message);

/// <summary>Somebody else saved the same record after this user loaded it.</summary>
public sealed class ConcurrencyConflictException(string message) : DomainException(message);
