namespace TrainingSubsidy.Core.OnlineTraining;

/// <summary>A course of a training plan with its class hours.</summary>
public sealed class Course
{
    private Course()
    {
    }

    public Course(string name, decimal hours, CourseCategory category, CourseDelivery delivery, int sortOrder)
    {
        Name = name;
        Hours = hours;
        Category = category;
        Delivery = delivery;
        SortOrder = sortOrder;
    }

    public int Id { get; private set; }

    public int TrainingPlanId { get; private set; }

    public string Name { get; private set; } = string.Empty;

    /// <summary>Class hours (课时), at most one decimal place.</summary>
    public decimal Hours { get; private set; }

    public CourseCategory Category { get; private set; }

    public CourseDelivery Delivery { get; private set; }

    public int SortOrder { get; private set; }
}
