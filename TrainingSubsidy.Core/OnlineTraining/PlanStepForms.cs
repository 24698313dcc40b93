namespace TrainingSubsidy.Core.OnlineTraining;

/// <summary>Step 1 of the guided application: the occupation, how it relates to the business, and the period.</summary>
public sealed class OccupationStepForm
{
    public string? OccupationCode { get; set; }

    public string? BusinessRelevance { get; set; }

    public DateOnly? TrainingStart { get; set; }

    public DateOnly? TrainingEnd { get; set; }
}

/// <summary>Step 2: the online platform and the login reviewers use to check it.</summary>
public sealed class PlatformStepForm
{
    public PlatformKind? Kind { get; set; }

    public string? Name { get; set; }

    public string? Url { get; set; }

    /// <summary>The platform needs a login to see courses and learning records.</summary>
    public bool RequiresLogin { get; set; }

    public string? Account { get; set; }

    /// <summary>A new password in clear; empty keeps the saved one. Never filled from storage.</summary>
    public string? NewPassword { get; set; }

    /// <summary>Whether an encrypted password is already stored for this plan.</summary>
    public bool HasSavedPassword { get; set; }
}

/// <summary>One course row of step 3 as entered.</summary>
public sealed class CourseInput
{
    public string? Name { get; set; }

    public decimal? Hours { get; set; }

    public CourseCategory? Category { get; set; }

    public CourseDelivery? Delivery { get; set; }
}

/// <summary>One trainee of step 4 as entered by hand or read from a spreadsheet row.</summary>
public sealed class TraineeInput
{
    public string? Name { get; set; }

    public string? IdNumber { get; set; }

    public string? Post { get; set; }

    public string? Phone { get; set; }

    public EmploymentType? EmploymentType { get; set; }

    public bool? IsInsured { get; set; }
}

/// <summary>Step 5: the plan's contact person and phone.</summary>
public sealed class ContactStepForm
{
    public string? ContactPerson { get; set; }

    public string? ContactPhone { get; set; }
}

/// <summary>A problem in one row of a list or spreadsheet, with the row number the user sees and the column header.</summary>
public sealed record RowError(string? Sheet, int RowNumber, string Column, string Message)
{
    public override string ToString() =>
        Sheet is null
            ? $"第{RowNumber}行“{Column}”：{Message}"
            : $"工作表“{Sheet}”第{RowNumber}行“{Column}”列：{Message}";
}
