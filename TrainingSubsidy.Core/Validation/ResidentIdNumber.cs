using System.Globalization;

namespace TrainingSubsidy.Core.Validation;

/// <summary>
/// An 18-character resident ID number (居民身份证号码) checked against GB 11643-1999: area code, birth date,
/// sequence number and check character. The stored value is normalised and uses an upper-case X.
/// </summary>
public readonly record struct ResidentIdNumber
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    private ResidentIdNumber(string value, DateOnly birthDate)
    {
        Value = value;
        BirthDate = birthDate;
    }

    public string Value { get; }

    public DateOnly BirthDate { get; }

    public string AreaCode => Value[..6];

    /// <summary>The 17th digit is odd for men and even for women.</summary>
    public Gender Gender => (Value[16] - '0') % 2 == 1 ? Gender.Male : Gender.Female;

    /// <summary>Masks the ID for display: area code, eight stars, last four characters.</summary>
    public string Masked => Mask(Value);

    public static string Mask(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length < 10)
        {
            return "****";
        }

        return string.Concat(value.AsSpan(0, 6), new string('*', value.Length - 10), value.AsSpan(value.Length - 4));
    }

    /// <summary>Returns the age in whole years on the given day.</summary>
    public int AgeOn(DateOnly day)
    {
        var age = day.Year - BirthDate.Year;
        if (day < BirthDate.AddYears(age))
        {
            age--;
        }

        return age;
    }

    public static ResidentIdNumber Parse(string? input, DateOnly today)
    {
        if (TryParse(input, today, out var id, out var error))
        {
            return id;
        }

        throw new FormatException(error);
    }

    /// <summary>
    /// Normalises and validates the input. On failure, <paramref name="error"/> contains a Chinese message that
    /// names what is wrong. A birth date after <paramref name="today"/> is invalid.
    /// </summary>
    public static bool TryParse(string? input, DateOnly today, out ResidentIdNumber id, out string error)
    {
        id = default;
        var value = TextNormalizer.NormalizeIdentifier(input);
        if (value.Length == 0)
        {
            error = "身份证号不能为空。";
            return false;
        }

        if (value.Length != 18)
        {
            error = $"身份证号“{input}”应为18位，实际为{value.Length}位；请核对后重新输入。";
            return false;
        }

        for (var i = 0; i < 17; i++)
        {
            if (!char.IsAsciiDigit(value[i]))
            {
                error = $"身份证号“{input}”的前17位只能是数字，第{i + 1}位是“{value[i]}”。";
                return false;
            }
        }

        var last = value[17];
        if (!char.IsAsciiDigit(last) && last != 'X')
        {
            error = $"身份证号“{input}”的第18位只能是数字或X。";
            return false;
        }

        if (!DateOnly.TryParseExact(value.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture,
                DateTimeStyles.None, out var birthDate))
        {
            error = $"身份证号“{input}”中的出生日期“{value.Substring(6, 8)}”不是有效日期。";
            return false;
        }

        if (birthDate > today || birthDate.Year < 1900)
        {
            error = $"身份证号“{input}”中的出生日期“{birthDate:yyyy-MM-dd}”不合理。";
            return false;
        }

        var expected = ComputeCheckCharacter(value.AsSpan(0, 17));
        if (expected != last)
        {
            error = $"身份证号“{input}”的校验位不正确，请核对每一位数字。";
            return false;
        }

        id = new ResidentIdNumber(value, birthDate);
        error = string.Empty;
        return true;
    }

    /// <summary>Computes the check character for the first 17 digits.</summary>
    public static char ComputeCheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17)
        {
            throw new ArgumentException("Exactly 17 digits are required.", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }

    public override string ToString() => Value;
}
