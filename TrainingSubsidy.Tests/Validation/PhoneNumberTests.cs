using TrainingSubsidy.Core.Validation;

namespace TrainingSubsidy.Tests.Validation;

public sealed class PhoneNumberTests
{
    [Theory]
    [InlineData("13812345678", "13812345678", PhoneKind.Mobile)]
    [InlineData("+86 138 1234 5678", "13812345678", PhoneKind.Mobile)]
    [InlineData("１９９１２３４５６７８", "19912345678", PhoneKind.Mobile)]
    [InlineData("022-23456789", "022-23456789", PhoneKind.Landline)]
    [InlineData("(022)23456789", "022-23456789", PhoneKind.Landline)]
    [InlineData("02223456789", "022-23456789", PhoneKind.Landline)]
    public void ValidNumbersAreNormalised(string input, string expected, PhoneKind kind)
    {
        Assert.True(PhoneNumber.TryParse(input, out var phone, out var error), error);
        Assert.Equal(expected, phone.Value);
        Assert.Equal(kind, phone.Kind);
    }

    [Theory]
    [InlineData("12812345678")]
    [InlineData("1381234567")]
    [InlineData("010-23456789")]
    [InlineData("23456789")]
    [InlineData("abc")]
    public void InvalidNumbersFail(string input)
    {
        Assert.False(PhoneNumber.TryParse(input, out _, out var error));
        Assert.Contains(input, error, StringComparison.Ordinal);
    }

    [Fact]
    public void MobileOnlyRejectsLandline()
    {
        Assert.False(PhoneNumber.TryParseMobile("022-23456789", out _, out var error));
        Assert.Contains("手机号码", error, StringComparison.Ordinal);
    }

    [Fact]
    public void MaskKeepsFirstThreeAndLastFour()
    {
        Assert.Equal("138****5678", PhoneNumber.Mask("13812345678"));
    }
}
