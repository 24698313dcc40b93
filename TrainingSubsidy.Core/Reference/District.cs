namespace TrainingSubsidy.Core.Reference;

/// <summary>A Tianjin district with its GB/T 2260 code; each district reviews its own enterprises.</summary>
public sealed class District
{
    private District()
    {
    }

    public District(string code, string name)
    {
        Code = code;
        Name = name;
    }

    public string Code { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;
}
