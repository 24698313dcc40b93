namespace TrainingSubsidy.Core.Validation;

public enum Gender
{
    Male = 1,
    Female = 2,
}
