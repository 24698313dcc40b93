using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace TrainingSubsidy.Core.Auditing;

/// <summary>
/// One entry of the append-only audit log. <see cref="Hash"/> is the SHA-256 over the entry's content and the
/// previous entry's hash, so that editing, deleting or inserting a row breaks the chain from that row on.
/// </summary>
public sealed class AuditEntry
{
    /// <summary>The previous hash of the first entry.</summary>
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    private AuditEntry()
    {
    }

    public AuditEntry(
        long sequenceNumber,
        DateTimeOffset at,
        string? userId,
        string? userName,
        string action,
        string? itemType,
        string? itemId,
        string? details,
        string previousHash)
    {
        SequenceNumber = sequenceNumber;

        // The database keeps DateTimeOffset to a tenth of a millisecond, so the hash covers whole milliseconds
        // in UTC to survive the round trip.
        At = new DateTimeOffset(at.UtcTicks - (at.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
        UserId = userId;
        UserName = userName;
        Action = action;
        ItemType = itemType;
        ItemId = itemId;
        Details = details;
        PreviousHash = previousHash;
        Hash = ComputeHash();
    }

    public long Id { get; private set; }

    /// <summary>Position in the chain: 1, 2, 3 and so on without gaps.</summary>
    public long SequenceNumber { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string? UserId { get; private set; }

    public string? UserName { get; private set; }

    /// <summary>What happened, one of <see cref="AuditActions"/>.</summary>
    public string Action { get; private set; } = string.Empty;

    public string? ItemType { get; private set; }

    public string? ItemId { get; private set; }

    /// <summary>What changed, in words or as JSON; never a full ID number, phone number or bank account.</summary>
    public string? Details { get; private set; }

    public string PreviousHash { get; private set; } = GenesisHash;

    /// <summary>Lower-case hexadecimal SHA-256 of the canonical content.</summary>
    public string Hash { get; private set; } = string.Empty;

    /// <summary>
    /// Hashes the fields in a fixed order. Each field is written with its length first, so that moving text from
    /// one field to the next changes the hash.
    /// </summary>
    public string ComputeHash()
    {
        var builder = new StringBuilder();
        Append(builder, SequenceNumber.ToString(CultureInfo.InvariantCulture));
        Append(builder, At.UtcTicks.ToString(CultureInfo.InvariantCulture));
        Append(builder, UserId);
        Append(builder, UserName);
        Append(builder, Action);
        Append(builder, ItemType);
        Append(builder, ItemId);
        Append(builder, Details);
        Append(builder, PreviousHash);
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString()));
        return Convert.ToHexStringLower(bytes);
    }

    private static void Append(StringBuilder builder, string? value)
    {
        if (value is null)
        {
            builder.Append("-1:");
            return;
        }

        builder.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);
    }
}
