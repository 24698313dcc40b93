using TrainingSubsidy.Core.Validation;

namespace TrainingSubsidy.Core.OnlineTraining;

/// <summary>An insured frontline employee listed in a plan (参训职工), identified by the resident ID number.</summary>
public sealed class Trainee
{
    private Trainee()
    {
    }

    public Trainee(
        string name,
        string idNumber,
        string post,
        string phone,
        EmploymentType employmentType,
        bool isInsured,
        int sortOrder)
    {
        Name = name;
        IdNumber = idNumber;
        Post = post;
        Phone = phone;
        EmploymentType = employmentType;
        IsInsured = isInsured;
        SortOrder = sortOrder;
    }

    public int Id { get; private set; }

    public int TrainingPlanId { get; private set; }

    public string Name { get; private set; } = string.Empty;

    /// <summary>Normalised 18-character resident ID number with an upper-case X.</summary>
    public string IdNumber { get; private set; } = string.Empty;

    public string Post { get; private set; } = string.Empty;

    public string Phone { get; private set; } = string.Empty;

    public EmploymentType EmploymentType { get; private set; }

    public bool IsInsured { get; private set; }

    public int SortOrder { get; private set; }

    public string MaskedIdNumber => ResidentIdNumber.Mask(IdNumber);

    public string MaskedName => MaskName(Name);

    /// <summary>Masks a Chinese name for public lists: keeps the family name, e.g. 张** .</summary>
    public static string MaskName(string name) =>
        string.IsNullOrEmpty(name) ? string.Empty : string.Concat(name.AsSpan(0, 1), new string('*', Math.Max(1, name.Length - 1)));
}
