using TrainingSubsidy.Core.Common;

namespace TrainingSubsidy.Tests.Validation;

public sealed class MoneyTests
{
    [Theory]
    [InlineData("67348.18", "人民币陆万柒仟叁佰肆拾捌元壹角捌分")]
    [InlineData("100000", "人民币壹拾万元整")]
    [InlineData("16409.02", "人民币壹万陆仟肆佰零玖元零贰分")]
    [InlineData("0", "人民币零元整")]
    [InlineData("600", "人民币陆佰元整")]
    [InlineData("1005", "人民币壹仟零伍元整")]
    [InlineData("10500", "人民币壹万零伍佰元整")]
    [InlineData("100000000", "人民币壹亿元整")]
    [InlineData("100010000", "人民币壹亿零壹万元整")]
    [InlineData("0.05", "人民币伍分")]
    [InlineData("0.5", "人民币伍角")]
    [InlineData("3000.1", "人民币叁仟元壹角")]
    public void ChineseCapitalFormatsAmount(string yuan, string expected)
    {
        var money = Money.FromYuan(decimal.Parse(yuan, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, money.ToChineseCapital());
    }

    [Fact]
    public void FromYuanRejectsFractionOfFen()
    {
        Assert.Throws<ArgumentException>(() => Money.FromYuan(1.005m));
    }

    [Fact]
    public void ArithmeticIsExact()
    {
        var total = Money.Zero;
        for (var i = 0; i < 1000; i++)
        {
            total += Money.FromYuan(0.1m);
        }

        Assert.Equal(10000, total.Fen);
        Assert.Equal(Money.FromYuan(600) * 3, Money.FromYuan(1800));
    }
}
