using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.OnlineTraining;

namespace TrainingSubsidy.Web.Features.OnlineTraining;

/// <summary>
/// The plan that the guided application edits, shared by its steps through a cascading value. The page sets the
/// callbacks; steps read <see cref="Plan"/> and report saves so the page reloads the plan and moves on.
/// </summary>
public sealed class PlanEditorState(UserScope scope)
{
    public UserScope Scope => scope;

    /// <summary>The plan as last loaded; null on the new-plan page until the first step is saved.</summary>
    public TrainingPlan? Plan { get; set; }

    /// <summary>Contact details from the enterprise profile, offered as defaults for the plan's contact step.</summary>
    public string? EnterpriseContactPerson { get; set; }

    public string? EnterpriseContactPhone { get; set; }

    /// <summary>Changes after a reload so the steps rebuild their forms from the stored plan.</summary>
    public int Generation { get; set; }

    public bool IsReadOnly => Plan is not null && !Plan.IsEditable;

    public Guid Version => Plan?.Version ?? Guid.Empty;

    /// <summary>Creates the plan on the first save of the new-plan page; returns the existing plan otherwise.</summary>
    public Func<Task<TrainingPlan>> EnsureCreatedAsync { get; set; } = () => throw new InvalidOperationException(
        "The editor page has not set EnsureCreatedAsync.");

    /// <summary>Reloads the plan after a save; the argument is the step to show next, or null to stay.</summary>
    public Func<int?, Task> SavedAsync { get; set; } = _ => Task.CompletedTask;

    /// <summary>Reloads the plan from the database, discarding unsaved input, after a concurrency conflict.</summary>
    public Func<Task> ReloadAsync { get; set; } = () => Task.CompletedTask;

    public Action<int> GoToStep { get; set; } = _ => { };
}
