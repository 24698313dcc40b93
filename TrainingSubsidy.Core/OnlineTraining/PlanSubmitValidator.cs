using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Reference;

namespace TrainingSubsidy.Core.OnlineTraining;

/// <summary>
/// Checks a stored plan before submission by running every step's validator again. It adds the rules that apply
/// only at submission: training starts on or after the submission day, the plan has a course and a trainee, and
/// the signed letter is uploaded. Literacy hours are checked against the share in force on the submission day.
/// </summary>
public static class PlanSubmitValidator
{
    public const string LetterField = "SignedLetter";
    public const string TraineesField = "Trainees";

    /// <summary>
    /// Validates <paramref name="plan"/>; <paramref name="occupation"/> is its catalogue entry or null, and
    /// <paramref name="parameters"/> are the policy parameters in force on <paramref name="today"/>.
    /// </summary>
    public static ValidationErrors Validate(
        TrainingPlan plan,
        Occupation? occupation,
        PolicyParameters parameters,
        DateOnly today)
    {
        var errors = new ValidationErrors();

        var occupationForm = new OccupationStepForm
        {
            OccupationCode = plan.OccupationCode,
            BusinessRelevance = plan.BusinessRelevance,
            TrainingStart = plan.TrainingStart,
            TrainingEnd = plan.TrainingEnd,
        };
        PlanStepValidator.ValidateOccupation(occupationForm, occupation, today, errors, []);
        PlanStepValidator.ValidateStartNotPast(plan.TrainingStart, today, errors);

        PlanStepValidator.ValidatePlatform(ToPlatformForm(plan), errors);

        if (plan.Courses.Count == 0)
        {
            errors.Add(CourseValidator.ListField, "培训计划至少要有一门课程，请在第3步添加课程。");
        }
        else
        {
            var courses = plan.Courses.OrderBy(course => course.SortOrder).Select(ToInput).ToList();
            CourseValidator.Validate(courses, parameters.GeneralLiteracyMaxShare, errors);
        }

        if (plan.Trainees.Count == 0)
        {
            errors.Add(TraineesField, "培训计划至少要有一名参训职工，请在第4步添加。");
        }
        else
        {
            var rowErrors = new List<RowError>();
            var inputs = plan.Trainees.OrderBy(trainee => trainee.SortOrder).Select(TraineeValidator.ToInput).ToList();
            TraineeValidator.ValidateList(inputs, plan.TrainingStart, today, rowErrors);
            foreach (var rowError in rowErrors)
            {
                errors.Add(TraineesField, "参训职工" + rowError);
            }
        }

        PlanStepValidator.ValidateContact(
            new ContactStepForm { ContactPerson = plan.ContactPerson, ContactPhone = plan.ContactPhone },
            errors);

        if (plan.SignedLetterFileId is null)
        {
            errors.Add(LetterField, "请先下载承诺书，由法定代表人签字并加盖企业公章后扫描上传（PDF、JPG或PNG）。");
        }

        return errors;
    }

    public static PlatformStepForm ToPlatformForm(TrainingPlan plan) => new()
    {
        Kind = plan.PlatformKind,
        Name = plan.PlatformName,
        Url = plan.PlatformUrl,
        RequiresLogin = !string.IsNullOrEmpty(plan.PlatformAccount),
        Account = plan.PlatformAccount,
        HasSavedPassword = !string.IsNullOrEmpty(plan.PlatformPasswordProtected),
    };

    public static CourseInput ToInput(Course course) => new()
    {
        Name = course.Name,
        Hours = course.Hours,
        Category = course.Category,
        Delivery = course.Delivery,
    };
}
