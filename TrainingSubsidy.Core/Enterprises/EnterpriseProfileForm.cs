namespace TrainingSubsidy.Core.Enterprises;

/// <summary>The editable fields of an enterprise's profile, as the form binds them; values are raw user input.</summary>
public sealed class EnterpriseProfileForm
{
    public string Name { get; set; } = string.Empty;

    public string DistrictCode { get; set; } = string.Empty;

    public string Address { get; set; } = string.Empty;

    public string? LegalRepresentative { get; set; }

    public string? LegalRepresentativeIdNumber { get; set; }

    public string ContactPerson { get; set; } = string.Empty;

    public string ContactPhone { get; set; } = string.Empty;

    public string? BankName { get; set; }

    public string? BankAccountName { get; set; }

    public string? BankAccountNumber { get; set; }

    /// <summary>The enterprise's version when the form was loaded; a save from a stale copy is rejected.</summary>
    public Guid Version { get; set; }

    public static EnterpriseProfileForm From(Enterprise enterprise) => new()
    {
        Name = enterprise.Name,
        DistrictCode = enterprise.DistrictCode,
        Address = enterprise.Address,
        LegalRepresentative = enterprise.LegalRepresentative,
        LegalRepresentativeIdNumber = enterprise.LegalRepresentativeIdNumber,
        ContactPerson = enterprise.ContactPerson,
        ContactPhone = enterprise.ContactPhone,
        BankName = enterprise.BankName,
        BankAccountName = enterprise.BankAccountName,
        BankAccountNumber = enterprise.BankAccountNumber,
        Version = enterprise.Version,
    };
}

/// <summary>A profile that passed validation, with every value normalised for storage.</summary>
public sealed record ValidEnterpriseProfile(
    string Name,
    string DistrictCode,
    string Address,
    string? LegalRepresentative,
    string? LegalRepresentativeIdNumber,
    string ContactPerson,
    string ContactPhone,
    string? BankName,
    string? BankAccountName,
    string? BankAccountNumber);
