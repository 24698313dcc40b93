using TrainingSubsidy.Core.OnlineTraining.Review;

namespace TrainingSubsidy.Web.Features.Review;

/// <summary>
/// What the reviewer has ticked and typed on the decision panel. The page keeps it across reloads, so a conflict or
/// an error never discards the reviewer's input.
/// </summary>
public sealed class PlanDecisionForm
{
    public bool OccupationFits { get; set; }

    public bool LiteracyWithinCap { get; set; }

    public bool PlatformVerified { get; set; }

    public string? PlatformCheckMethod { get; set; }

    public bool TraineesEligible { get; set; }

    public string? Reason { get; set; }

    public ReviewChecklist ToChecklist() => new()
    {
        OccupationFits = OccupationFits,
        LiteracyWithinCap = LiteracyWithinCap,
        PlatformVerified = PlatformVerified,
        PlatformCheckMethod = PlatformCheckMethod,
        TraineesEligible = TraineesEligible,
    };
}
