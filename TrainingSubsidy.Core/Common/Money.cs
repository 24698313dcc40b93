using System.Globalization;

namespace TrainingSubsidy.Core.Common;

/// <summary>An exact amount of renminbi stored as whole fen (1 yuan = 100 fen).</summary>
public readonly record struct Money(long Fen) : IComparable<Money>
{
    public static readonly Money Zero = new(0);

    public decimal Yuan => Fen / 100m;

    /// <summary>Converts yuan to money; throws when the amount has a fraction of a fen.</summary>
    public static Money FromYuan(decimal yuan)
    {
        var fen = yuan * 100m;
        if (fen != decimal.Truncate(fen))
        {
            throw new ArgumentException($"{yuan} yuan is not a whole number of fen.", nameof(yuan));
        }

        return new Money(checked((long)fen));
    }

    public static Money operator +(Money left, Money right) => new(checked(left.Fen + right.Fen));

    public static Money operator -(Money left, Money right) => new(checked(left.Fen - right.Fen));

    public static Money operator *(Money amount, int count) => new(checked(amount.Fen * count));

    public static bool operator <(Money left, Money right) => left.Fen < right.Fen;

    public static bool operator >(Money left, Money right) => left.Fen > right.Fen;

    public static bool operator <=(Money left, Money right) => left.Fen <= right.Fen;

    public static bool operator >=(Money left, Money right) => left.Fen >= right.Fen;

    public int CompareTo(Money other) => Fen.CompareTo(other.Fen);

    /// <summary>Formats as yuan with two decimals and thousands separators, e.g. 67,348.18.</summary>
    public override string ToString() => Yuan.ToString("#,##0.00", CultureInfo.InvariantCulture);

    /// <summary>Formats the amount in Chinese capital numerals (大写金额) with the 人民币 prefix.</summary>
    public string ToChineseCapital() => ChineseCapitalAmount.Format(this);
}
