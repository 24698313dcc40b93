using System.Text.RegularExpressions;

namespace TrainingSubsidy.Core.Validation;

public enum PhoneKind
{
    Mobile,
    Landline,
}

/// <summary>
/// A contact number: a mainland mobile number (11 digits, 1[3-9] then 9 digits) or a Tianjin landline with area
/// code 022 and an 8-digit local number. Landlines are stored as 022-xxxxxxxx.
/// </summary>
public readonly partial record struct PhoneNumber
{
    private PhoneNumber(string value, PhoneKind kind)
    {
        Value = value;
        Kind = kind;
    }

    public string Value { get; }

    public PhoneKind Kind { get; }

    /// <summary>Masks the number for display, keeping the first three and last four digits.</summary>
    public static string Mask(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length < 8)
        {
            return "****";
        }

        return string.Concat(value.AsSpan(0, 3), new string('*', value.Length - 7), value.AsSpan(value.Length - 4));
    }

    public static PhoneNumber Parse(string? input)
    {
        if (TryParse(input, out var phone, out var error))
        {
            return phone;
        }

        throw new FormatException(error);
    }

    public static bool TryParse(string? input, out PhoneNumber phone, out string error)
    {
        phone = default;
        var value = TextNormalizer.NormalizeIdentifier(input);
        if (value.Length == 0)
        {
            error = "联系电话不能为空。";
            return false;
        }

        var digits = value.Replace("-", string.Empty, StringComparison.Ordinal)
            .Replace("(", string.Empty, StringComparison.Ordinal)
            .Replace(")", string.Empty, StringComparison.Ordinal);
        if (digits.StartsWith("+86", StringComparison.Ordinal))
        {
            digits = digits[3..];
        }

        if (MobilePattern().IsMatch(digits))
        {
            phone = new PhoneNumber(digits, PhoneKind.Mobile);
            error = string.Empty;
            return true;
        }

        if (LandlinePattern().IsMatch(digits))
        {
            phone = new PhoneNumber($"022-{digits[3..]}", PhoneKind.Landline);
            error = string.Empty;
            return true;
        }

        error = $"联系电话“{input}”无效：请填写11位手机号（如13812345678）或带区号的天津固定电话（如022-23456789）。";
        return false;
    }

    /// <summary>Validates a mobile number only, for fields that must reach a person by text message.</summary>
    public static bool TryParseMobile(string? input, out PhoneNumber phone, out string error)
    {
        if (TryParse(input, out phone, out error) && phone.Kind == PhoneKind.Mobile)
        {
            return true;
        }

        phone = default;
        error = $"手机号码“{input}”无效：请填写11位手机号，以13至19开头（如13812345678）。";
        return false;
    }

    [GeneratedRegex("^1[3-9][0-9]{9}$", RegexOptions.CultureInvariant)]
    private static partial Regex MobilePattern();

    [GeneratedRegex("^022[2-9][0-9]{7}$", RegexOptions.CultureInvariant)]
    private static partial Regex LandlinePattern();

    public override string ToString() => Value;
}
