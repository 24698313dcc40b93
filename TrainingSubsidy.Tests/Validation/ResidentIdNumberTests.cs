using System.Globalization;
using TrainingSubsidy.Core.Validation;

namespace TrainingSubsidy.Tests.Validation;

public sealed class ResidentIdNumberTests
{
    private static readonly DateOnly Today = new(2020, 3, 2);

    [Fact]
    public void StandardExampleIsValid()
    {
        var id = ResidentIdNumber.Parse("11010519491231002X", Today);

        Assert.Equal("11010519491231002X", id.Value);
        Assert.Equal(new DateOnly(1949, 12, 31), id.BirthDate);
        Assert.Equal(Gender.Female, id.Gender);
        Assert.Equal("110105", id.AreaCode);
    }

    [Fact]
    public void LowercaseXIsStoredUppercase()
    {
        var id = ResidentIdNumber.Parse("11010519491231002x", Today);

        Assert.Equal("11010519491231002X", id.Value);
    }

    [Fact]
    public void FullWidthDigitsAreNormalised()
    {
        var id = ResidentIdNumber.Parse("１１０１０５１９４９１２３１００２Ｘ", Today);

        Assert.Equal("11010519491231002X", id.Value);
    }

    [Fact]
    public void ZeroWidthSpaceAndSpacesAreRemoved()
    {
        var id = ResidentIdNumber.Parse(" 110105\u200B19491231 002X\uFEFF", Today);

        Assert.Equal("11010519491231002X", id.Value);
    }

    [Fact]
    public void GeneratedValidNumbersPass()
    {
        var random = new Random(20200224);
        for (var i = 0; i < 2000; i++)
        {
            var value = Generate(random);

            Assert.True(ResidentIdNumber.TryParse(value, Today, out var id, out var error), $"{value}: {error}");
            Assert.Equal(value, id.Value);
        }
    }

    [Fact]
    public void CheckDigitOffByOneFails()
    {
        var random = new Random(7);
        for (var i = 0; i < 200; i++)
        {
            var value = Generate(random);
            var wrong = value[..17] + NextCheckCharacter(value[17]);

            Assert.False(ResidentIdNumber.TryParse(wrong, Today, out _, out var error));
            Assert.Contains("校验位", error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void NonexistentDateFails()
    {
        var first17 = "12010119930229123";
        var value = first17 + ResidentIdNumber.ComputeCheckCharacter(first17);

        Assert.False(ResidentIdNumber.TryParse(value, Today, out _, out var error));
        Assert.Contains("出生日期", error, StringComparison.Ordinal);
    }

    [Fact]
    public void FutureBirthDateFails()
    {
        var first17 = "12010120210101123";
        var value = first17 + ResidentIdNumber.ComputeCheckCharacter(first17);

        Assert.False(ResidentIdNumber.TryParse(value, Today, out _, out var error));
        Assert.Contains("不合理", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "不能为空")]
    [InlineData("1101051949123100", "18位")]
    [InlineData("110105194912310021X", "18位")]
    [InlineData("1101051949123100AX", "前17位")]
    [InlineData("11010519491231002Y", "第18位")]
    public void MalformedInputFailsWithReason(string input, string expectedFragment)
    {
        Assert.False(ResidentIdNumber.TryParse(input, Today, out _, out var error));
        Assert.Contains(expectedFragment, error, StringComparison.Ordinal);
    }

    [Fact]
    public void MaskKeepsAreaAndLastFour()
    {
        Assert.Equal("110105********002X", ResidentIdNumber.Mask("11010519491231002X"));
    }

    [Fact]
    public void AgeCountsBirthdays()
    {
        var id = ResidentIdNumber.Parse(WithCheck("12010120040302123"), Today);

        Assert.Equal(15, id.AgeOn(new DateOnly(2020, 3, 1)));
        Assert.Equal(16, id.AgeOn(new DateOnly(2020, 3, 2)));
    }

    [Fact]
    public void GenderFollowsSeventeenthDigit()
    {
        Assert.Equal(Gender.Male, ResidentIdNumber.Parse(WithCheck("12010119900101123"), Today).Gender);
        Assert.Equal(Gender.Female, ResidentIdNumber.Parse(WithCheck("12010119900101124"), Today).Gender);
    }

    internal static string Generate(Random random)
    {
        var area = "1201" + random.Next(1, 20).ToString("00", CultureInfo.InvariantCulture);
        var birth = new DateOnly(1950, 1, 1).AddDays(random.Next(0, 365 * 54));
        var sequence = random.Next(0, 1000).ToString("000", CultureInfo.InvariantCulture);
        return WithCheck(area + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + sequence);
    }

    internal static string WithCheck(string first17) => first17 + ResidentIdNumber.ComputeCheckCharacter(first17);

    private static char NextCheckCharacter(char check)
    {
        const string order = "0123456789X";
        return order[(order.IndexOf(check, StringComparison.Ordinal) + 1) % order.Length];
    }
}
