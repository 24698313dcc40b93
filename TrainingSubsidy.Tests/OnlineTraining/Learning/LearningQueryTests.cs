using ClosedXML.Excel;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.OnlineTraining.Learning;
using TrainingSubsidy.Tests.Support;

namespace TrainingSubsidy.Tests.OnlineTraining.Learning;

public sealed class LearningQueryTests
{
    [Fact]
    public async Task SummarySumsCurrentHoursPerTraineeAndCourse()
    {
        await using var fixture = await LearningImportFixture.CreateAsync(traineeCount: 3);
        var first = fixture.Trainee(0);
        await fixture.ImportAsync(LearningWorkbook.Build(
        [
            fixture.ValidRow(0, "2020-03-10 09:00", "2020-03-10 17:00", 8.0),
            fixture.ValidRow(0, "2020-03-11 09:00", "2020-03-11 17:00", 8.0),
            LearningWorkbook.Row(first.Name, first.IdNumber, "安全生产", "2020-03-12 09:00", "2020-03-12 11:00", 2.0,
                LearningColumns.NotCompleted),
            fixture.ValidRow(1, "2020-03-10 09:00", "2020-03-10 10:00", 1.0),
        ]));
        var service = new LearningQueryService(fixture.Database);
        var reviewer = new UserScope("r", "审核员", Roles.DistrictReviewer, null, fixture.Enterprise.DistrictCode);

        var summary = await service.GetAsync(reviewer, fixture.Plan.Id, CancellationToken.None);

        Assert.Equal(20m, summary.PlannedHoursPerTrainee);
        Assert.Equal(4, summary.RecordCount);
        var firstRow = summary.Trainees.Single(trainee => trainee.TraineeId == first.Id);
        Assert.Equal(18m, firstRow.TotalHours);
        var welding = summary.Courses.Single(course => course.Name == "焊接工艺");
        Assert.Equal(17m, welding.TotalHours);
        Assert.Equal(2, welding.TraineesWithRecords);
        Assert.Equal(1, welding.TraineesReachingPlan);
        Assert.Equal(0, summary.Courses.Single(course => course.Name == "安全生产").TraineesCompleted);
        Assert.Empty(summary.Trainees.Single(trainee => trainee.TraineeId == fixture.Trainee(2).Id).HoursByCourse);
        Assert.Single(summary.Batches);
    }

    [Fact]
    public async Task ExportHasTraineeAndCourseSheets()
    {
        await using var fixture = await LearningImportFixture.CreateAsync(traineeCount: 2);
        await fixture.ImportAsync(LearningWorkbook.Build([fixture.ValidRow(0)]));
        var summary = await new LearningQueryService(fixture.Database)
            .GetAsync(fixture.Owner, fixture.Plan.Id, CancellationToken.None);

        using var workbook = new XLWorkbook(new MemoryStream(LearningSummaryWorkbook.Build(summary)));

        var trainees = workbook.Worksheet("按职工");
        Assert.Equal(fixture.Trainee(0).Name, trainees.Cell(3, 1).GetString());
        Assert.Contains("*", trainees.Cell(3, 2).GetString(), StringComparison.Ordinal);
        Assert.Equal(2, trainees.Cell(3, 3).GetDouble());
        Assert.Equal("否", trainees.Cell(3, 7).GetString());
        Assert.Equal("焊接工艺", workbook.Worksheet("按课程").Cell(2, 1).GetString());
    }

    [Fact]
    public async Task OtherEnterpriseAndDistrictAreDenied()
    {
        await using var fixture = await LearningImportFixture.CreateAsync(traineeCount: 2);
        var service = new LearningQueryService(fixture.Database);
        var other = new UserScope("x", "别家", Roles.EnterpriseUser, fixture.Enterprise.Id + 9, null);
        var heping = new UserScope("r", "审核员", Roles.DistrictReviewer, null, "120101");
        var admin = new UserScope("a", "管理员", Roles.CityAdmin, null, null);

        await Assert.ThrowsAsync<AccessDeniedException>(() => service.GetAsync(other, fixture.Plan.Id, CancellationToken.None));
        await Assert.ThrowsAsync<AccessDeniedException>(() => service.GetAsync(heping, fixture.Plan.Id, CancellationToken.None));
        await Assert.ThrowsAsync<AccessDeniedException>(() => service.GetAsync(admin, fixture.Plan.Id, CancellationToken.None));
    }
}
