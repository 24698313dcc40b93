using TrainingSubsidy.Core.Common;

namespace TrainingSubsidy.Core.WorkBasedTraining;

/// <summary>
/// A work-in-lieu-of-training application (以工代训申请) of one enterprise. The entity owns its status: the enterprise
/// edits it as a draft or after a return, submits it, and a district reviewer approves, returns or rejects it.
/// </summary>
public sealed class WorkBasedTrainingApplication : IVersioned
{
    private readonly List<WorkBasedWorker> _workers = [];
    private readonly List<WorkBasedApplicationEvent> _events = [];

    private WorkBasedTrainingApplication()
    {
    }

    public WorkBasedTrainingApplication(int enterpriseId, string districtCode, string applicationNumber,
        DateTimeOffset createdAt)
    {
        EnterpriseId = enterpriseId;
        DistrictCode = districtCode;
        ApplicationNumber = applicationNumber;
        CreatedAt = createdAt;
        UpdatedAt = createdAt;
        Status = WorkBasedApplicationStatus.Draft;
    }

    public int Id { get; private set; }

    /// <summary>Number shown to people, e.g. YG120116-20200605-0001.</summary>
    public string ApplicationNumber { get; private set; } = string.Empty;

    public int EnterpriseId { get; private set; }

    /// <summary>The enterprise's district when the application was created; that district reviews it.</summary>
    public string DistrictCode { get; private set; } = string.Empty;

    public WorkBasedApplicationStatus Status { get; private set; }

    public string? LegalRepresentativeName { get; private set; }

    public string? LegalRepresentativeIdNumber { get; private set; }

    /// <summary>Bank of the enterprise's basic account (基本账户).</summary>
    public string? BankName { get; private set; }

    /// <summary>Account name, always the enterprise name.</summary>
    public string? BankAccountName { get; private set; }

    public string? BankAccountNumber { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    /// <summary>Worker-months approved; null until approval.</summary>
    public int? ApprovedWorkerMonths { get; private set; }

    /// <summary>Approved amount; null until approval.</summary>
    public Money? ApprovedAmount { get; private set; }

    /// <summary>Reason of the latest return or rejection, shown to the enterprise.</summary>
    public string? DecisionReason { get; private set; }

    public Guid Version { get; private set; }

    public IReadOnlyList<WorkBasedWorker> Workers => _workers;

    public IReadOnlyList<WorkBasedApplicationEvent> Events => _events;

    public bool IsEditable => Status is WorkBasedApplicationStatus.Draft or WorkBasedApplicationStatus.Returned;

    public int ClaimedWorkerMonths => _workers.Sum(worker => worker.Months.Count);

    public void SetApplicant(string legalRepresentativeName, string legalRepresentativeIdNumber, string bankName,
        string bankAccountName, string bankAccountNumber, DateTimeOffset at)
    {
        EnsureEditable();
        LegalRepresentativeName = legalRepresentativeName;
        LegalRepresentativeIdNumber = legalRepresentativeIdNumber;
        BankName = bankName;
        BankAccountName = bankAccountName;
        BankAccountNumber = bankAccountNumber;
        UpdatedAt = at;
    }

    /// <summary>Adds a worker; throws when the application already lists the same ID number.</summary>
    public void AddWorker(WorkBasedWorker worker, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(worker);
        EnsureEditable();
        if (_workers.Any(existing => existing.IdNumber == worker.IdNumber))
        {
            throw new DomainException(
                $"身份证号{worker.MaskedIdNumber}（{worker.Name}）已在本申请中，每名职工只能列入一次；请修改该职工的申请月份。");
        }

        _workers.Add(worker);
        UpdatedAt = at;
    }

    public void RemoveWorker(int workerId, DateTimeOffset at)
    {
        EnsureEditable();
        var worker = _workers.FirstOrDefault(w => w.Id == workerId)
            ?? throw new DomainException($"本申请中没有ID为{workerId}的职工，请刷新页面。");
        _workers.Remove(worker);
        UpdatedAt = at;
    }

    /// <summary>Replaces every worker, as an all-or-nothing import does.</summary>
    public void ReplaceWorkers(IReadOnlyList<WorkBasedWorker> workers, DateTimeOffset at)
    {
        EnsureEditable();
        _workers.Clear();
        foreach (var worker in workers)
        {
            AddWorker(worker, at);
        }
    }

    public void Submit(string userName, DateTimeOffset at)
    {
        EnsureEditable();
        if (_workers.Count == 0)
        {
            throw new DomainException("申请中还没有职工，请至少添加一名职工后再提交。");
        }

        foreach (var month in _workers.SelectMany(worker => worker.Months))
        {
            month.ClearExclusion();
        }

        Status = WorkBasedApplicationStatus.Submitted;
        SubmittedAt = at;
        UpdatedAt = at;
        DecisionReason = null;
        _events.Add(new WorkBasedApplicationEvent(Status, userName, at, null));
    }

    public void Return(string reviewerName, DateTimeOffset at, string reason)
    {
        EnsureAwaitingReview();
        RequireReason(reason, "退回修改");
        Status = WorkBasedApplicationStatus.Returned;
        Decide(reviewerName, at, reason);
    }

    public void Reject(string reviewerName, DateTimeOffset at, string reason)
    {
        EnsureAwaitingReview();
        RequireReason(reason, "审核不通过");
        Status = WorkBasedApplicationStatus.Rejected;
        Decide(reviewerName, at, reason);
    }

    /// <summary>
    /// Approves every worker-month except those in <paramref name="exclusions"/> (worker-month id to reason), at
    /// <paramref name="amountPerWorkerMonth"/> each. Throws when a reason is missing or nothing would be approved.
    /// </summary>
    public void Approve(string reviewerName, DateTimeOffset at, Money amountPerWorkerMonth,
        IReadOnlyDictionary<int, string> exclusions, string? note)
    {
        ArgumentNullException.ThrowIfNull(exclusions);
        EnsureAwaitingReview();
        var months = _workers.SelectMany(worker => worker.Months).ToList();
        foreach (var (monthId, reason) in exclusions)
        {
            var month = months.FirstOrDefault(m => m.Id == monthId)
                ?? throw new DomainException($"本申请中没有ID为{monthId}的申请月份，请刷新页面后重新选择。");
            RequireReason(reason, $"剔除{month.Month}");
            month.Exclude(reason.Trim());
        }

        var approved = months.Count(month => !month.IsExcluded);
        if (approved == 0)
        {
            throw new DomainException("全部人月均被剔除，没有可批准的内容；如整份申请不符合条件，请选择“审核不通过”。");
        }

        Status = WorkBasedApplicationStatus.Approved;
        ApprovedWorkerMonths = approved;
        ApprovedAmount = amountPerWorkerMonth * approved;
        Decide(reviewerName, at, string.IsNullOrWhiteSpace(note) ? null : note.Trim());
    }

    private void Decide(string reviewerName, DateTimeOffset at, string? reason)
    {
        DecidedAt = at;
        UpdatedAt = at;
        DecisionReason = reason;
        _events.Add(new WorkBasedApplicationEvent(Status, reviewerName, at, reason));
    }

    private void EnsureEditable()
    {
        if (!IsEditable)
        {
            throw new DomainException(
                $"申请{ApplicationNumber}当前状态为“{Status.ToChinese()}”，只有草稿或退回修改的申请可以修改或提交。");
        }
    }

    private void EnsureAwaitingReview()
    {
        if (Status != WorkBasedApplicationStatus.Submitted)
        {
            throw new DomainException(
                $"申请{ApplicationNumber}当前状态为“{Status.ToChinese()}”，只有待审核的申请可以作出审核决定。");
        }
    }

    private static void RequireReason(string? reason, string action)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException($"{action}必须填写原因，企业将看到该原因。");
        }
    }
}
