namespace TrainingSubsidy.Core.WorkBasedTraining;

/// <summary>
/// The citywide register of payable worker-months. Each submitted or approved worker-month takes one of the
/// worker's slots 1 to 3. Unique indexes on (IdNumber, Slot) and (IdNumber, Month) over payable rows then make the
/// database reject a fourth month or a month claimed twice, even when two submissions run at once.
/// </summary>
public sealed class WorkerMonthSlot
{
    /// <summary>Largest slot number, which the database check constraint repeats.</summary>
    /// <remarks>
    /// NOTE: fixed at 3 by the schema, while the policy also has WorkBasedMaxMonthsPerWorker. A policy version with
    /// another value changes nothing here until a migration changes the constraint.
    /// </remarks>
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
