using System.Globalization;
using TrainingSubsidy.Core.Validation;

namespace TrainingSubsidy.Core.Demo;

/// <summary>A made-up person for demo data.</summary>
public sealed record DemoPerson(string Name, string IdNumber, string Phone);

/// <summary>
/// Generates made-up people for the demo story: common family and given names, valid ID numbers with Tianjin area
/// codes, and mobile numbers in the 139 range. The same seed always gives the same people.
/// </summary>
public static class DemoPeople
{
    private const string FamilyNames = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾";
    private static readonly string[] GivenNames =
    [
        "伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超",
        "秀兰", "霞", "平", "刚", "桂英", "建华", "志强", "海燕", "晓东", "丽华", "国庆", "春梅",
    ];

    private static readonly string[] AreaCodes = ["120101", "120102", "120103", "120104", "120105", "120110", "120116"];

    public static IReadOnlyList<DemoPerson> Create(int seed, int count, DateOnly today)
    {
        var random = new Random(seed);
        var people = new List<DemoPerson>(count);
        var used = new HashSet<string>(StringComparer.Ordinal);
        while (people.Count < count)
        {
            var name = FamilyNames[random.Next(FamilyNames.Length)] + GivenNames[random.Next(GivenNames.Length)];
            var birth = today.AddYears(-random.Next(20, 50)).AddDays(-random.Next(0, 365));
            var first17 = AreaCodes[random.Next(AreaCodes.Length)]
                          + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture)
                          + random.Next(0, 1000).ToString("000", CultureInfo.InvariantCulture);
            var id = first17 + ResidentIdNumber.ComputeCheckCharacter(first17);
            if (!used.Add(id))
            {
                continue;
            }

            var phone = "139" + random.Next(10000000, 99999999).ToString(CultureInfo.InvariantCulture);
            people.Add(new DemoPerson(name, id, phone));
        }

        return people;
    }
}
