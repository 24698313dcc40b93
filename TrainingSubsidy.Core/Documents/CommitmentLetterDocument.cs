namespace TrainingSubsidy.Core.Documents;

/// <summary>What the commitment letter (承诺书) shows about the enterprise and its plan.</summary>
public sealed record CommitmentLetterModel(
    string EnterpriseName,
    string CreditCode,
    string DistrictName,
    string PlanNumber,
    string OccupationCode,
    string OccupationName,
    DateOnly TrainingStart,
    DateOnly TrainingEnd,
    string PlatformKind,
    string PlatformName,
    string PlatformUrl,
    int CourseCount,
    decimal TotalHours,
    decimal LiteracyHours,
    int TraineeCount,
    DateOnly GeneratedOn);

/// <summary>Generates the commitment letter as a PDF with real, extractable Chinese text.</summary>
public static class CommitmentLetterDocument
{
    public static byte[] Generate(CommitmentLetterModel model)
    {
        throw new NotImplementedException($"The commitment letter is not written yet: {model.PlanNumber}");
    }
}
