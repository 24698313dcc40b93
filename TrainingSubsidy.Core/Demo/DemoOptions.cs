namespace TrainingSubsidy.Core.Demo;

public sealed class DemoOptions
{
    public const string SectionName = "Demo";

    /// <summary>Password of every demo account.</summary>
    public string Password { get; set; } = "Tianjin2020!";
}
