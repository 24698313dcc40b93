using Microsoft.AspNetCore.Components;
using MudBlazor;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.OnlineTraining;

namespace TrainingSubsidy.Web.Features.OnlineTraining.Steps;

/// <summary>
/// Shared behaviour of the guided application's steps: field errors, warnings, the conflict message, and a save
/// wrapper that ignores a second click while a save is running.
/// </summary>
public abstract class PlanStepBase : ComponentBase
{
    [CascadingParameter]
    public PlanEditorState State { get; set; } = default!;

    [Inject]
    protected ISnackbar Snackbar { get; set; } = default!;

    protected ValidationErrors Errors { get; set; } = new();

    protected IReadOnlyList<RowError> RowErrors { get; set; } = [];

    protected IReadOnlyList<string> Warnings { get; set; } = [];

    protected string? ConflictMessage { get; set; }

    protected string? FileError { get; set; }

    protected bool Busy { get; private set; }

    protected bool HasError(string field) => Errors.For(field).Any();

    protected string ErrorFor(string field) => string.Join(" ", Errors.For(field));

    /// <summary>
    /// Runs one save and shows its outcome. On success the page reloads the plan and shows
    /// <paramref name="nextStep"/> when it is set. A broken rule or an access error is shown as a message.
    /// </summary>
    protected async Task<bool> RunSaveAsync(Func<Task<PlanStepResult>> save, int? nextStep, string successMessage)
    {
        if (Busy)
        {
            return false;
        }

        Busy = true;
        try
        {
            var result = await save();
            Errors = result.Errors;
            RowErrors = result.RowErrors;
            Warnings = result.Warnings;
            ConflictMessage = result.ConflictMessage;
            FileError = result.FileError;
            if (!result.Succeeded)
            {
                if (result.ConflictMessage is null && result.FileError is null)
                {
                    Snackbar.Add("未保存：请按提示修改后再保存。", Severity.Warning);
                }

                return false;
            }

            Snackbar.Add(successMessage, Severity.Success);
            await State.SavedAsync(nextStep);
            return true;
        }
        catch (DomainException exception)
        {
            Snackbar.Add(exception.Message, Severity.Error);
            return false;
        }
        finally
        {
            Busy = false;
        }
    }
}
