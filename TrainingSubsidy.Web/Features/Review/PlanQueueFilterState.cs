using TrainingSubsidy.Core.OnlineTraining;

namespace TrainingSubsidy.Web.Features.Review;

/// <summary>
/// The review queue's filters for one circuit, so a reviewer who opens a plan and comes back finds the list as
/// they left it.
/// </summary>
internal sealed class PlanQueueFilterState
{
    public PlanStatus? Status { get; set; } = PlanStatus.Submitted;

    public string? Enterprise { get; set; }

    public string? Occupation { get; set; }

    public DateTime? SubmittedFrom { get; set; }

    public DateTime? SubmittedTo { get; set; }

    public string? DistrictCode { get; set; }

    public bool IsDefault =>
        Status == PlanStatus.Submitted
        && string.IsNullOrWhiteSpace(Enterprise)
        && string.IsNullOrWhiteSpace(Occupation)
        && SubmittedFrom is null
        && SubmittedTo is null
        && string.IsNullOrEmpty(DistrictCode);

    public void Reset()
    {
        Status = PlanStatus.Submitted;
        Enterprise = null;
        Occupation = null;
        SubmittedFrom = null;
        SubmittedTo = null;
        DistrictCode = null;
    }
}
