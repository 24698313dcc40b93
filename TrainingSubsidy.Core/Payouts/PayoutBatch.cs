using TrainingSubsidy.Core.Common;

namespace TrainingSubsidy.Core.Payouts;

public enum PayoutBatchStatus
{
    /// <summary>编制中: awards can be added and removed.</summary>
    Open = 1,

    /// <summary>已导出: the ledger was exported, so the list of awards is locked.</summary>
    Locked = 2,

    /// <summary>已完成: every payment has a result from the bank.</summary>
    Completed = 3,
}

public enum PaymentResult
{
    Pending = 0,
    Sent = 1,
    Paid = 2,
    Failed = 3,
}

public static class PayoutBatchText
{
    public static string ToChinese(this PayoutBatchStatus status) => status switch
    {
        PayoutBatchStatus.Open => "编制中",
        PayoutBatchStatus.Locked => "已导出，等待银行结果",
        PayoutBatchStatus.Completed => "已完成",
        _ => status.ToString(),
    };

    public static string ToChinese(this PaymentResult result) => result switch
    {
        PaymentResult.Pending => "待提交",
        PaymentResult.Sent => "已提交银行",
        PaymentResult.Paid => "已拨付",
        PaymentResult.Failed => "拨付失败",
        _ => result.ToString(),
    };
}

/// <summary>
/// A payout batch (拨付批次) of one district's awards. Its list of awards can change only until the first ledger
/// export, because the exported ledger is what the bank pays from.
/// </summary>
public sealed class PayoutBatch : IVersioned
{
    private readonly List<PayoutBatchItem> _items = [];

    private PayoutBatch()
    {
    }

    public PayoutBatch(string batchNumber, string districtCode, string createdByUserId, string createdByName,
        DateTimeOffset createdAt)
    {
        BatchNumber = batchNumber;
        DistrictCode = districtCode;
        CreatedByUserId = createdByUserId;
        CreatedByName = createdByName;
        CreatedAt = createdAt;
        Status = PayoutBatchStatus.Open;
    }

    public int Id { get; private set; }

    /// <summary>Human-readable number, e.g. BF120116-20200511-01.</summary>
    public string BatchNumber { get; private set; } = string.Empty;

    public string DistrictCode { get; private set; } = string.Empty;

    public PayoutBatchStatus Status { get; private set; }

    public string CreatedByUserId { get; private set; } = string.Empty;

    public string CreatedByName { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? LockedAt { get; private set; }

    public Guid Version { get; private set; }

    public IReadOnlyCollection<PayoutBatchItem> Items => _items;

    public Money Total => _items.Aggregate(Money.Zero, (total, item) => total + item.Amount);

    public void Add(Award award)
    {
        EnsureOpen();
        if (award.DistrictCode != DistrictCode)
        {
            throw new DomainException($"补贴{award.SourceNumber}不属于本区，不能加入本批次。");
        }

        award.AddToBatch(Id);
        _items.Add(new PayoutBatchItem(award.Id, award.Amount));
    }

    public void Remove(Award award)
    {
        EnsureOpen();
        var item = _items.FirstOrDefault(i => i.AwardId == award.Id)
            ?? throw new DomainException($"补贴{award.SourceNumber}不在本批次中。");
        award.RemoveFromBatch();
        _items.Remove(item);
    }

    /// <summary>Locks the list of awards at the first export; later exports change nothing.</summary>
    public bool LockForExport(DateTimeOffset now)
    {
        if (Status != PayoutBatchStatus.Open)
        {
            return false;
        }

        if (_items.Count == 0)
        {
            throw new DomainException("拨付批次中没有补贴，不能导出台账。请先加入待拨付的补贴。");
        }

        Status = PayoutBatchStatus.Locked;
        LockedAt = now;
        return true;
    }

    public void MarkSent(Award award, DateTimeOffset now)
    {
        var item = FindLockedItem(award);
        award.MarkSent();
        item.SetResult(PaymentResult.Sent, null, now);
    }

    public void MarkPaid(Award award, DateTimeOffset now)
    {
        var item = FindLockedItem(award);
        award.MarkPaid(DateOnly.FromDateTime(now.ToOffset(Common.ChinaTime.Offset).DateTime));
        item.SetResult(PaymentResult.Paid, null, now);
        CompleteWhenAllDone();
    }

    public void MarkFailed(Award award, string reason, DateTimeOffset now)
    {
        var item = FindLockedItem(award);
        award.MarkFailed(reason);
        item.SetResult(PaymentResult.Failed, reason.Trim(), now);
        CompleteWhenAllDone();
    }

    private PayoutBatchItem FindLockedItem(Award award)
    {
        if (Status == PayoutBatchStatus.Open)
        {
            throw new DomainException($"拨付批次{BatchNumber}尚未导出台账，请先下载拨付台账，再登记银行结果。");
        }

        return _items.FirstOrDefault(i => i.AwardId == award.Id)
            ?? throw new DomainException($"补贴{award.SourceNumber}不在拨付批次{BatchNumber}中。");
    }

    private void CompleteWhenAllDone()
    {
        if (_items.All(item => item.Result is PaymentResult.Paid or PaymentResult.Failed))
        {
            Status = PayoutBatchStatus.Completed;
        }
    }

    private void EnsureOpen()
    {
        if (Status != PayoutBatchStatus.Open)
        {
            throw new DomainException($"拨付批次{BatchNumber}已导出台账并锁定，不能再加入或移出补贴。请新建批次。");
        }
    }
}

/// <summary>One award in a batch, with the amount at the time and the bank's result.</summary>
public sealed class PayoutBatchItem
{
    private PayoutBatchItem()
    {
    }

    public PayoutBatchItem(int awardId, Money amount)
    {
        AwardId = awardId;
        Amount = amount;
        Result = PaymentResult.Pending;
    }

    public int Id { get; private set; }

    public int PayoutBatchId { get; private set; }

    public int AwardId { get; private set; }

    public Money Amount { get; private set; }

    public PaymentResult Result { get; private set; }

    public string? FailureReason { get; private set; }

    public DateTimeOffset? ResultAt { get; private set; }

    internal void SetResult(PaymentResult result, string? failureReason, DateTimeOffset at)
    {
        Result = result;
        FailureReason = failureReason;
        ResultAt = at;
    }
}
