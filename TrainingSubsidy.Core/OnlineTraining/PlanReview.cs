namespace TrainingSubsidy.Core.OnlineTraining;

/// <summary>One entry of a plan's history: a submission or a district decision, with who, when and why.</summary>
public sealed class PlanReview
{
    private PlanReview()
    {
    }

    public PlanReview(
        PlanReviewAction action,
        string userId,
        string userDisplayName,
        DateTimeOffset at,
        string? reason,
        string? checklist)
    {
        Action = action;
        UserId = userId;
        UserDisplayName = userDisplayName;
        At = at;
        Reason = reason;
        Checklist = checklist;
    }

    public int Id { get; private set; }

    public int TrainingPlanId { get; private set; }

    public PlanReviewAction Action { get; private set; }

    public string UserId { get; private set; } = string.Empty;

    public string UserDisplayName { get; private set; } = string.Empty;

    public DateTimeOffset At { get; private set; }

    /// <summary>Required for returns and rejections; optional note otherwise.</summary>
    public string? Reason { get; private set; }

    /// <summary>The reviewer's checklist results and how the platform was checked, as JSON.</summary>
    public string? Checklist { get; private set; }
}
