namespace TrainingSubsidy.Core.Common;

/// <summary>
/// A clock that starts at a configured moment and then runs in real time. Demonstrations and browser tests use it
/// to act on a chosen business date, such as a day in 2020 or a day after a public notice has ended.
/// </summary>
public sealed class AnchoredTimeProvider(DateTimeOffset anchor) : TimeProvider
{
    private readonly long _startTimestamp = System.GetTimestamp();

    public override DateTimeOffset GetUtcNow() => anchor.ToUniversalTime() + System.GetElapsedTime(_startTimestamp);
}
