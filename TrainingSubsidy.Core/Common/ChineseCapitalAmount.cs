using System.Text;

namespace TrainingSubsidy.Core.Common;

/// <summary>
/// Writes amounts in Chinese capital numerals (大写金额) as banks require on payment documents:
/// 67348.18 becomes 人民币陆万柒仟叁佰肆拾捌元壹角捌分 and 100000 becomes 人民币壹拾万元整.
/// </summary>
public static class ChineseCapitalAmount
{
    private const string Digits = "零壹贰叁肆伍陆柒捌玖";
    private static readonly string[] DigitUnits = ["", "拾", "佰", "仟"];
    private static readonly string[] SectionUnits = ["", "万", "亿", "万亿"];

    public static string Format(Money amount)
    {
        var builder = new StringBuilder("人民币");
        var fen = amount.Fen;
        if (fen < 0)
        {
            builder.Append('负');
            fen = -fen;
        }

        var yuan = fen / 100;
        var jiao = (int)(fen / 10 % 10);
        var cents = (int)(fen % 10);

        if (yuan == 0 && jiao == 0 && cents == 0)
        {
            return builder.Append("零元整").ToString();
        }

        if (yuan > 0)
        {
            builder.Append(FormatInteger(yuan)).Append('元');
        }

        if (jiao == 0 && cents == 0)
        {
            return builder.Append('整').ToString();
        }

        if (jiao > 0)
        {
            builder.Append(Digits[jiao]).Append('角');
        }
        else if (yuan > 0)
        {
            // 16409.02 reads 壹万陆仟肆佰零玖元零贰分: a zero jiao between yuan and fen is written as 零.
            builder.Append('零');
        }

        if (cents > 0)
        {
            builder.Append(Digits[cents]).Append('分');
        }

        return builder.ToString();
    }

    private static string FormatInteger(long value)
    {
        var sections = new List<int>();
        while (value > 0)
        {
            sections.Add((int)(value % 10000));
            value /= 10000;
        }

        if (sections.Count > SectionUnits.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(value), "The amount is too large to write in capitals.");
        }

        var builder = new StringBuilder();
        var pendingZero = false;
        for (var index = sections.Count - 1; index >= 0; index--)
        {
            var section = sections[index];
            if (section == 0)
            {
                pendingZero = builder.Length > 0;
                continue;
            }

            // A lower section under 1000 after a higher one needs a 零, as in 壹万零伍佰元.
            if (builder.Length > 0 && (pendingZero || section < 1000))
            {
                builder.Append('零');
            }

            builder.Append(FormatSection(section)).Append(SectionUnits[index]);
            pendingZero = false;
        }

        return builder.ToString();
    }

    private static string FormatSection(int section)
    {
        var builder = new StringBuilder();
        var zeroPending = false;
        var started = false;
        for (var position = 3; position >= 0; position--)
        {
            var divisor = (int)Math.Pow(10, position);
            var digit = section / divisor % 10;
            if (digit == 0)
            {
                zeroPending = started;
                continue;
            }

            if (zeroPending)
            {
                builder.Append('零');
                zeroPending = false;
            }

            builder.Append(Digits[digit]).Append(DigitUnits[position]);
            started = true;
        }

        return builder.ToString();
    }
}
