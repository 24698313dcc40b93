using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.OnlineTraining;

namespace TrainingSubsidy.Tests.OnlineTraining;

public sealed class CourseValidatorTests
{
    private static CourseInput Course(decimal? hours, CourseCategory category, string name = "焊接工艺") => new()
    {
        Name = name,
        Hours = hours,
        Category = category,
        Delivery = CourseDelivery.Live,
    };

    [Fact]
    public void LiteracyAtExactlyShareIsAccepted()
    {
        var errors = new ValidationErrors();

        var courses = CourseValidator.Validate(
            [Course(8, CourseCategory.OccupationalSkill), Course(2, CourseCategory.GeneralLiteracy, "安全生产")],
            0.20m,
            errors);

        Assert.True(errors.IsValid);
        Assert.Equal(2, courses.Count);
    }

    [Fact]
    public void LiteracyAboveShareIsRejectedWithNumbers()
    {
        var errors = new ValidationErrors();

        var courses = CourseValidator.Validate(
            [Course(8, CourseCategory.OccupationalSkill), Course(2.1m, CourseCategory.GeneralLiteracy, "安全生产")],
            0.20m,
            errors);

        Assert.Empty(courses);
        var message = Assert.Single(errors.For(CourseValidator.ListField));
        Assert.Contains("2.1", message, StringComparison.Ordinal);
        Assert.Contains("10.1", message, StringComparison.Ordinal);
        Assert.Contains("20%", message, StringComparison.Ordinal);
    }

    [Fact]
    public void MaxLiteracyHoursFollowsSkillHours()
    {
        var summary = CourseValidator.Summarize(
            [Course(8, CourseCategory.OccupationalSkill), Course(3, CourseCategory.GeneralLiteracy)],
            0.20m);

        Assert.Equal(2m, summary.MaxLiteracyHours);
        Assert.False(summary.IsWithinCap);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(1.25)]
    [InlineData(1001)]
    public void InvalidHoursAreRejected(double hours)
    {
        var errors = new ValidationErrors();

        CourseValidator.Validate([Course((decimal)hours, CourseCategory.OccupationalSkill)], 0.20m, errors);

        Assert.NotEmpty(errors.For("Courses[0].Hours"));
    }

    [Fact]
    public void OneDecimalHoursAreAccepted()
    {
        var errors = new ValidationErrors();

        CourseValidator.Validate([Course(1.5m, CourseCategory.OccupationalSkill)], 0.20m, errors);

        Assert.True(errors.IsValid);
    }

    [Fact]
    public void MissingCategoryAndDeliveryAreRejected()
    {
        var errors = new ValidationErrors();

        CourseValidator.Validate([new CourseInput { Name = "焊接工艺", Hours = 2 }], 0.20m, errors);

        Assert.NotEmpty(errors.For("Courses[0].Category"));
        Assert.NotEmpty(errors.For("Courses[0].Delivery"));
    }
}
