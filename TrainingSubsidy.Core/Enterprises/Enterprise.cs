using TrainingSubsidy.Core.Common;

namespace TrainingSubsidy.Core.Enterprises;

/// <summary>An applicant organisation (企业), located in and reviewed by one district.</summary>
public sealed class Enterprise : IVersioned
{
    private Enterprise()
    {
    }

    public Enterprise(
        string name,
        string creditCode,
        string districtCode,
        string address,
        string contactPerson,
        string contactPhone,
        DateTimeOffset registeredAt)
    {
        Name = name;
        CreditCode = creditCode;
        DistrictCode = districtCode;
        Address = address;
        ContactPerson = contactPerson;
        ContactPhone = contactPhone;
        RegisteredAt = registeredAt;
    }

    public int Id { get; private set; }

    public string Name { get; private set; } = string.Empty;

    /// <summary>Unified social credit code, normalised; fixed after registration.</summary>
    public string CreditCode { get; private set; } = string.Empty;

    public string DistrictCode { get; private set; } = string.Empty;

    public string Address { get; private set; } = string.Empty;

    public string? LegalRepresentative { get; private set; }

    public string? LegalRepresentativeIdNumber { get; private set; }

    public string ContactPerson { get; private set; } = string.Empty;

    public string ContactPhone { get; private set; } = string.Empty;

    /// <summary>Bank of the enterprise's basic account (基本账户开户银行).</summary>
    public string? BankName { get; private set; }

    /// <summary>Account name; must equal the enterprise name.</summary>
    public string? BankAccountName { get; private set; }

    /// <summary>Account number, digits only.</summary>
    public string? BankAccountNumber { get; private set; }

    /// <summary>Set by the city: the enterprise is an important medical-supplies producer (重要医用物资生产企业).</summary>
    public bool IsMedicalSuppliesProducer { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    public Guid Version { get; private set; }

    public void UpdateProfile(
        string name,
        string districtCode,
        string address,
        string? legalRepresentative,
        string? legalRepresentativeIdNumber,
        string contactPerson,
        string contactPhone)
    {
        Name = name;
        DistrictCode = districtCode;
        Address = address;
        LegalRepresentative = legalRepresentative;
        LegalRepresentativeIdNumber = legalRepresentativeIdNumber;
        ContactPerson = contactPerson;
        ContactPhone = contactPhone;
    }

    public void SetBankAccount(string bankName, string accountName, string accountNumber)
    {
        if (!string.Equals(accountName, Name, StringComparison.Ordinal))
        {
            throw new DomainException($"账户名称“{accountName}”必须与企业名称“{Name}”一致。");
        }

        BankName = bankName;
        BankAccountName = accountName;
        BankAccountNumber = accountNumber;
    }

    public void ClearBankAccount()
    {
        BankName = null;
        BankAccountName = null;
        BankAccountNumber = null;
    }

    public void SetMedicalSuppliesProducer(bool isProducer) => IsMedicalSuppliesProducer = isProducer;
}
