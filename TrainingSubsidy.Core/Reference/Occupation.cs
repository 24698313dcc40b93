using TrainingSubsidy.Core.Common;

namespace TrainingSubsidy.Core.Reference;

/// <summary>
/// An occupation of the national occupation classification (e.g. 6-18-02-04 焊工). Only skill-type occupations
/// (技能类职业) qualify for online-training subsidies; the city administrator maintains the flag.
/// </summary>
public sealed class Occupation : IVersioned
{
    private Occupation()
    {
    }

    public Occupation(string code, string name, int majorGroupCode, string? minorGroupName, bool isSkillType)
    {
        Code = code;
        Name = name;
        MajorGroupCode = majorGroupCode;
        MinorGroupName = minorGroupName;
        IsSkillType = isSkillType;
    }

    public string Code { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public int MajorGroupCode { get; private set; }

    public string? MinorGroupName { get; private set; }

    public bool IsSkillType { get; private set; }

    public bool IsRetired { get; private set; }

    public Guid Version { get; private set; }

    public void SetSkillType(bool isSkillType) => IsSkillType = isSkillType;

    public void Rename(string name) => Name = name;

    public void Retire() => IsRetired = true;

    public void Reinstate() => IsRetired = false;
}
