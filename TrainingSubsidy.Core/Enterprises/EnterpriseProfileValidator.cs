using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Validation;

namespace TrainingSubsidy.Core.Enterprises;

/// <summary>
/// Checks an enterprise profile. The form runs it for immediate messages and the service runs it again before
/// saving. Field keys are the <see cref="EnterpriseProfileForm"/> property names.
/// </summary>
public static class EnterpriseProfileValidator
{
    public const int MinAccountDigits = 8;
    public const int MaxAccountDigits = 30;

    /// <summary>
    /// Validates the form; <paramref name="knownDistrictCodes"/> are the districts that exist and
    /// <paramref name="today"/> bounds the legal representative's birth date. Returns the normalised profile, or
    /// null with <paramref name="errors"/> filled.
    /// </summary>
    public static ValidEnterpriseProfile? Validate(
        EnterpriseProfileForm form,
        IReadOnlyCollection<string> knownDistrictCodes,
        DateOnly today,
        ValidationErrors errors)
    {
        var name = TextNormalizer.NormalizeText(form.Name);
        if (name.Length is < 2 or > 200)
        {
            errors.Add(nameof(form.Name), $"企业名称“{form.Name}”应为2至200个字，请按营业执照填写。");
        }

        if (!knownDistrictCodes.Contains(form.DistrictCode))
        {
            errors.Add(nameof(form.DistrictCode), "请选择企业坐落的区。");
        }

        var address = TextNormalizer.NormalizeText(form.Address);
        if (address.Length is < 5 or > 300)
        {
            errors.Add(nameof(form.Address), $"企业地址“{form.Address}”应为5至300个字。");
        }

        var legalRepresentative = NullIfEmpty(TextNormalizer.NormalizeText(form.LegalRepresentative));
        if (legalRepresentative is { Length: < 2 or > 50 })
        {
            errors.Add(nameof(form.LegalRepresentative), $"法定代表人姓名“{legalRepresentative}”应为2至50个字。");
        }

        string? legalRepresentativeId = null;
        if (!string.IsNullOrWhiteSpace(form.LegalRepresentativeIdNumber))
        {
            if (ResidentIdNumber.TryParse(form.LegalRepresentativeIdNumber, today, out var id, out var idError))
            {
                legalRepresentativeId = id.Value;
            }
            else
            {
                errors.Add(nameof(form.LegalRepresentativeIdNumber), "法定代表人" + idError);
            }
        }

        if (legalRepresentativeId is not null && legalRepresentative is null)
        {
            errors.Add(nameof(form.LegalRepresentative), "填写了法定代表人身份证号时，请同时填写法定代表人姓名。");
        }

        var contactPerson = TextNormalizer.NormalizeText(form.ContactPerson);
        if (contactPerson.Length is < 2 or > 50)
        {
            errors.Add(nameof(form.ContactPerson), $"联系人姓名“{form.ContactPerson}”应为2至50个字。");
        }

        var contactPhone = string.Empty;
        if (PhoneNumber.TryParse(form.ContactPhone, out var phone, out var phoneError))
        {
            contactPhone = phone.Value;
        }
        else
        {
            errors.Add(nameof(form.ContactPhone), phoneError);
        }

        var bank = ValidateBankAccount(form, name, errors);
        if (!errors.IsValid)
        {
            return null;
        }

        return new ValidEnterpriseProfile(
            name,
            form.DistrictCode,
            address,
            legalRepresentative,
            legalRepresentativeId,
            contactPerson,
            contactPhone,
            bank?.BankName,
            bank?.AccountName,
            bank?.AccountNumber);
    }

    /// <summary>
    /// Normalises a bank account number: NFKC (full-width digits become ASCII), then spaces and dashes removed.
    /// </summary>
    public static string NormalizeAccountNumber(string? input) =>
        TextNormalizer.NormalizeIdentifier(input)
            .Replace("-", string.Empty, StringComparison.Ordinal);

    /// <summary>Masks an account number for display, keeping the last four digits.</summary>
    public static string MaskAccountNumber(string? accountNumber) =>
        string.IsNullOrEmpty(accountNumber) || accountNumber.Length < 4
            ? "****"
            : string.Concat(new string('*', accountNumber.Length - 4), accountNumber.AsSpan(accountNumber.Length - 4));

    /// <summary>
    /// Checks the basic bank account. The three fields are optional until a subsidy claim needs them, but once one
    /// is filled all three are required.
    /// </summary>
    private static (string BankName, string AccountName, string AccountNumber)? ValidateBankAccount(
        EnterpriseProfileForm form,
        string enterpriseName,
        ValidationErrors errors)
    {
        var bankName = TextNormalizer.NormalizeText(form.BankName);
        var accountName = TextNormalizer.NormalizeText(form.BankAccountName);
        var accountNumber = NormalizeAccountNumber(form.BankAccountNumber);
        if (bankName.Length == 0 && accountName.Length == 0 && accountNumber.Length == 0)
        {
            return null;
        }

        if (bankName.Length is < 2 or > 100)
        {
            errors.Add(nameof(form.BankName), "请填写基本账户的开户银行全称（2至100个字），如“中国工商银行天津滨海分行”。");
        }

        if (accountName.Length == 0)
        {
            errors.Add(nameof(form.BankAccountName), $"请填写账户名称，应与企业名称“{enterpriseName}”一致。");
        }
        else if (!string.Equals(accountName, enterpriseName, StringComparison.Ordinal))
        {
            errors.Add(nameof(form.BankAccountName),
                $"账户名称“{accountName}”与企业名称“{enterpriseName}”不一致；补贴只能拨付到企业本身的基本账户，请按开户许可证填写。");
        }

        if (accountNumber.Length == 0)
        {
            errors.Add(nameof(form.BankAccountNumber), "请填写银行账号。");
        }
        else if (!accountNumber.All(char.IsAsciiDigit))
        {
            errors.Add(nameof(form.BankAccountNumber),
                $"银行账号“{form.BankAccountNumber}”只能包含数字（可用空格或短横线分隔），请删去字母和其他符号。");
        }
        else if (accountNumber.Length is < MinAccountDigits or > MaxAccountDigits)
        {
            errors.Add(nameof(form.BankAccountNumber),
                $"银行账号“{form.BankAccountNumber}”为{accountNumber.Length}位数字，应为{MinAccountDigits}至{MaxAccountDigits}位，请核对。");
        }

        return (bankName, accountName, accountNumber);
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
