using TrainingSubsidy.Core.Common;

namespace TrainingSubsidy.Core.Oversight;

public enum RecoveryStatus
{
    /// <summary>待追回</summary>
    Pending = 1,

    /// <summary>部分追回</summary>
    PartlyRecovered = 2,

    /// <summary>已追回</summary>
    Recovered = 3,
}

/// <summary>An order to recover (追回) money paid out under a paid award, with the amounts received so far.</summary>
public sealed class RecoveryOrder : IVersioned
{
    private readonly List<RecoveryReceipt> _receipts = [];

    private RecoveryOrder()
    {
    }

    public RecoveryOrder(int awardId, int enterpriseId, string districtCode, Money amount, string reason, DateOnly dueDate,
        string createdByName, DateTimeOffset createdAt)
    {
        if (amount.Fen <= 0)
        {
            throw new DomainException("追回金额必须大于0元。");
        }

        AwardId = awardId;
        EnterpriseId = enterpriseId;
        DistrictCode = districtCode;
        Amount = amount;
        Reason = reason;
        DueDate = dueDate;
        CreatedByName = createdByName;
        CreatedAt = createdAt;
    }

    public int Id { get; private set; }

    public int AwardId { get; private set; }

    public int EnterpriseId { get; private set; }

    public string DistrictCode { get; private set; } = string.Empty;

    public Money Amount { get; private set; }

    public string Reason { get; private set; } = string.Empty;

    public DateOnly DueDate { get; private set; }

    public string CreatedByName { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }

    public Guid Version { get; private set; }

    public IReadOnlyCollection<RecoveryReceipt> Receipts => _receipts;

    public Money Received => _receipts.Aggregate(Money.Zero, (total, receipt) => total + receipt.Amount);

    public Money Outstanding => Amount - Received;

    public RecoveryStatus Status => Received.Fen == 0
        ? RecoveryStatus.Pending
        : Received < Amount ? RecoveryStatus.PartlyRecovered : RecoveryStatus.Recovered;

    /// <summary>Records money received; more than the outstanding amount is rejected.</summary>
    public void AddReceipt(Money amount, DateOnly receivedOn, string? note, string recordedByName, DateTimeOffset recordedAt)
    {
        if (amount.Fen <= 0)
        {
            throw new DomainException("到账金额必须大于0元。");
        }

        if (amount > Outstanding)
        {
            throw new DomainException($"到账金额{amount}元超过尚未追回的{Outstanding}元。");
        }

        _receipts.Add(new RecoveryReceipt(amount, receivedOn, note, recordedByName, recordedAt));
    }
}

/// <summary>One amount received against a recovery order.</summary>
public sealed class RecoveryReceipt
{
    private RecoveryReceipt()
    {
    }

    public RecoveryReceipt(Money amount, DateOnly receivedOn, string? note, string recordedByName, DateTimeOffset recordedAt)
    {
        Amount = amount;
        ReceivedOn = receivedOn;
        Note = note;
        RecordedByName = recordedByName;
        RecordedAt = recordedAt;
    }

    public int Id { get; private set; }

    public int RecoveryOrderId { get; private set; }

    public Money Amount { get; private set; }

    public DateOnly ReceivedOn { get; private set; }

    public string? Note { get; private set; }

    public string RecordedByName { get; private set; } = string.Empty;

    public DateTimeOffset RecordedAt { get; private set; }
}

public static class RecoveryStatusNames
{
    public static string ToChinese(this RecoveryStatus status) => status switch
    {
        RecoveryStatus.Pending => "待追回",
        RecoveryStatus.PartlyRecovered => "部分追回",
        RecoveryStatus.Recovered => "已追回",
        _ => status.ToString(),
    };
}
