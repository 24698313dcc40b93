namespace TrainingSubsidy.Core.Validation;

/// <summary>
/// An 18-character unified social credit code (统一社会信用代码) checked against GB 32100-2015. Positions 3-8 hold
/// the registering division code, which starts with 12 for Tianjin.
/// </summary>
public readonly record struct UnifiedSocialCreditCode
{
    /// <summary>The 31 characters of the code; I, O, S, V and Z are not used.</summary>
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    private UnifiedSocialCreditCode(string value) => Value = value;

    public string Value { get; }

    public string DivisionCode => Value.Substring(2, 6);

    public bool IsRegisteredInTianjin => DivisionCode.StartsWith("12", StringComparison.Ordinal);

    public static UnifiedSocialCreditCode Parse(string? input)
    {
        if (TryParse(input, out var code, out var error))
        {
            return code;
        }

        throw new FormatException(error);
    }

    public static bool TryParse(string? input, out UnifiedSocialCreditCode code, out string error)
    {
        code = default;
        var value = TextNormalizer.NormalizeIdentifier(input);
        if (value.Length == 0)
        {
            error = "统一社会信用代码不能为空。";
            return false;
        }

        if (value.Length != 18)
        {
            error = $"统一社会信用代码“{input}”应为18位，实际为{value.Length}位。";
            return false;
        }

        for (var i = 0; i < 18; i++)
        {
            if (!Alphabet.Contains(value[i], StringComparison.Ordinal))
            {
                error = $"统一社会信用代码“{input}”的第{i + 1}位“{value[i]}”不是有效字符（不使用I、O、S、V、Z）。";
                return false;
            }
        }

        // Position 1 is the registration authority (1-9, A for the military, N for others, Y for unlisted ones) and
        // positions 3-8 are a division code, which never starts with 00. An all-zero code passes the check
        // character but is neither.
        if (!"123456789ANY".Contains(value[0], StringComparison.Ordinal))
        {
            error = $"统一社会信用代码“{input}”的第1位“{value[0]}”不是有效的登记管理部门代码，请按营业执照核对。";
            return false;
        }

        if (value.AsSpan(2, 6).ContainsAnyExceptInRange('0', '9') || value.AsSpan(2, 2).SequenceEqual("00"))
        {
            error = $"统一社会信用代码“{input}”的第3至8位“{value.Substring(2, 6)}”不是有效的行政区划代码，请按营业执照核对。";
            return false;
        }

        if (ComputeCheckCharacter(value.AsSpan(0, 17)) != value[17])
        {
            error = $"统一社会信用代码“{input}”的校验位不正确，请按营业执照核对。";
            return false;
        }

        code = new UnifiedSocialCreditCode(value);
        error = string.Empty;
        return true;
    }

    /// <summary>Computes the check character for the first 17 characters, which must be in the alphabet.</summary>
    public static char ComputeCheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17)
        {
            throw new ArgumentException("Exactly 17 characters are required.", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var index = Alphabet.IndexOf(first17[i], StringComparison.Ordinal);
            if (index < 0)
            {
                throw new ArgumentException($"'{first17[i]}' is not in the credit code alphabet.", nameof(first17));
            }

            sum += index * Weights[i];
        }

        return Alphabet[(31 - (sum % 31)) % 31];
    }

    public override string ToString() => Value;
}
