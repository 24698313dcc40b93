namespace TrainingSubsidy.Core.WorkBasedTraining;

/// <summary>
/// The citywide register of payable worker-months. Each submitted or approved worker-month takes one of the
/// worker's slots 1 to 3, so unique indexes on (IdNumber, Slot) and (IdNumber, Month) over payable rows make the
/// database itself reject a fourth month or a month claimed twice, even when two submissions run at once.
/// </summary>
public sealed class WorkerMonthSlot
{
    /// <summary>Largest slot number; the database check constraint uses the same value.</summary>
    public const int MaxSlot = 3;

    private WorkerMonthSlot()
    {
    }

    public WorkerMonthSlot(string idNumber, string month, int slot, int applicationId, int workerMonthId)
    {
        IdNumber = idNumber;
        Month = month;
        Slot = slot;
        ApplicationId = applicationId;
        WorkerMonthId = workerMonthId;
        IsPayable = true;
    }

    public int Id { get; private set; }

    public string IdNumber { get; private set; } = string.Empty;

    /// <summary>Calendar month as yyyy-MM.</summary>
    public string Month { get; private set; } = string.Empty;

    public int Slot { get; private set; }

    public int ApplicationId { get; private set; }

    public int WorkerMonthId { get; private set; }

    /// <summary>False once the month was excluded, returned or rejected; the slot is then free again.</summary>
    public bool IsPayable { get; private set; }

    public void Release() => IsPayable = false;
}
