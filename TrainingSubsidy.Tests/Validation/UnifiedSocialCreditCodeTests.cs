using TrainingSubsidy.Core.Validation;

namespace TrainingSubsidy.Tests.Validation;

public sealed class UnifiedSocialCreditCodeTests
{
    [Fact]
    public void GeneratedValidCodesPass()
    {
        var random = new Random(31);
        for (var i = 0; i < 2000; i++)
        {
            var code = Generate(random);

            Assert.True(UnifiedSocialCreditCode.TryParse(code, out var parsed, out var error), $"{code}: {error}");
            Assert.Equal(code, parsed.Value);
        }
    }

    [Fact]
    public void CheckCharacterOffByOneFails()
    {
        var random = new Random(5);
        for (var i = 0; i < 200; i++)
        {
            var code = Generate(random);
            var index = UnifiedSocialCreditCode.Alphabet.IndexOf(code[17], StringComparison.Ordinal);
            var wrong = code[..17] + UnifiedSocialCreditCode.Alphabet[(index + 1) % 31];

            Assert.False(UnifiedSocialCreditCode.TryParse(wrong, out _, out var error));
            Assert.Contains("校验位", error, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData('I')]
    [InlineData('O')]
    [InlineData('S')]
    [InlineData('V')]
    [InlineData('Z')]
    public void LettersOutsideAlphabetFail(char letter)
    {
        var code = "91120116MA06B2L4" + letter + "0";

        Assert.False(UnifiedSocialCreditCode.TryParse(code, out _, out var error));
        Assert.Contains("不是有效字符", error, StringComparison.Ordinal);
    }

    [Fact]
    public void LowercaseFullWidthAndInvisibleCharactersAreNormalised()
    {
        var first17 = "91120116MA06B2L4G";
        var code = first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);
        var messy = "９１１２０１１６ma06b2\u200Bl4g " + char.ToLowerInvariant(code[17]);

        Assert.True(UnifiedSocialCreditCode.TryParse(messy, out var parsed, out var error), error);
        Assert.Equal(code, parsed.Value);
    }

    [Fact]
    public void AllZeroCodeFails()
    {
        Assert.False(UnifiedSocialCreditCode.TryParse("000000000000000000", out _, out var error));
        Assert.Contains("登记管理部门", error, StringComparison.Ordinal);
    }

    [Fact]
    public void LetterDivisionCodeFails()
    {
        const string first17 = "9112AB16MA06B2L4G";
        var code = first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);

        Assert.False(UnifiedSocialCreditCode.TryParse(code, out _, out var error));
        Assert.Contains("行政区划", error, StringComparison.Ordinal);
    }

    [Fact]
    public void WrongLengthFails()
    {
        Assert.False(UnifiedSocialCreditCode.TryParse("91120116MA06B2L4", out _, out var error));
        Assert.Contains("18位", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TianjinDivisionIsRecognised()
    {
        var random = new Random(3);
        var code = UnifiedSocialCreditCode.Parse(Generate(random));
        var beijingFirst17 = "91110105MA06B2L4G";
        var beijing = UnifiedSocialCreditCode.Parse(beijingFirst17 + UnifiedSocialCreditCode.ComputeCheckCharacter(beijingFirst17));

        Assert.True(code.IsRegisteredInTianjin);
        Assert.False(beijing.IsRegisteredInTianjin);
    }

    internal static string Generate(Random random)
    {
        const string alphabet = UnifiedSocialCreditCode.Alphabet;
        var chars = new char[17];
        chars[0] = "159"[random.Next(3)];
        chars[1] = "123"[random.Next(3)];
        "120116".CopyTo(0, chars, 2, 6);
        for (var i = 8; i < 17; i++)
        {
            chars[i] = alphabet[random.Next(alphabet.Length)];
        }

        var first17 = new string(chars);
        return first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);
    }
}
