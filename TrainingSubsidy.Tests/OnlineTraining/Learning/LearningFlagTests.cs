using Microsoft.Extensions.Time.Testing;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.OnlineTraining;
using TrainingSubsidy.Core.OnlineTraining.Learning;
using TrainingSubsidy.Core.Validation;
using TrainingSubsidy.Tests.Support;

namespace TrainingSubsidy.Tests.OnlineTraining.Learning;

public sealed class LearningFlagTests : IAsyncLifetime
{
    private LearningImportFixture _fixture = default!;
    private IReadOnlyList<LearningFlag> _flags = [];

    public async ValueTask InitializeAsync()
    {
        Trainee[] trainees =
        [
            Person("甲", "19900101", male: true, 0),
            Person("乙", "19850101", male: true, 1),
            Person("丙", "19800101", male: true, 2),
            Person("丁", "19810101", male: true, 3),
            Person("戊", "19820101", male: true, 4),
            Person("己", "19830101", male: true, 5),
            Person("庚", "19840101", male: true, 6),
            Person("辛", "19690501", male: false, 7),
            Person("壬", "20040601", male: true, 8),
            Person("癸", "19600101", male: true, 9),
            Person("子", "19750101", male: false, 10),
        ];
        _fixture = await LearningImportFixture.CreateAsync(trainees: trainees);
        List<object?[]> rows =
        [
            Row(0, "2020-03-10 09:00", "2020-03-10 11:00", 2),
            Row(0, "2020-03-10 10:00", "2020-03-10 12:00", 2),
            Row(1, "2020-03-11 08:00", "2020-03-11 14:00", 6),
            Row(1, "2020-03-11 14:00", "2020-03-11 20:00", 6),
        ];
        for (var index = 2; index <= 6; index++)
        {
            rows.Add(Row(index, "2020-03-12 09:00", "2020-03-12 10:00", 1));
        }

        rows.Add(Row(7, "2020-03-13 09:00", "2020-03-13 10:00", 1));
        rows.Add(Row(8, "2020-03-13 11:00", "2020-03-13 12:00", 1));
        rows.Add(Row(9, "2020-03-13 13:00", "2020-03-13 14:00", 1));
        rows.Add(Row(10, "2020-03-13 15:00", "2020-03-13 16:00", 1));
        var result = await _fixture.ImportAsync(LearningWorkbook.Build(rows));
        Assert.Equal(LearningImportOutcome.Imported, result.Outcome);
        var service = new LearningFlagService(_fixture.Database, _fixture.Database.Clock);
        _flags = await service.GetAsync(Reviewer(_fixture.Enterprise.DistrictCode), _fixture.Plan.Id,
            CancellationToken.None);
    }

    public ValueTask DisposeAsync() => _fixture.DisposeAsync();

    [Fact]
    public void OverlapNamesBothRows()
    {
        var flag = Assert.Single(_flags, flag => flag.Kind == LearningFlagKind.OverlappingSessions);

        Assert.Equal([2, 3], flag.Rows.Select(row => row.RowNumber));
        Assert.Contains("甲", flag.Description);
    }

    [Fact]
    public void LongDayNamesTheDaysRows()
    {
        var flag = Assert.Single(_flags, flag => flag.Kind == LearningFlagKind.TooManyHoursInDay);

        Assert.Equal([4, 5], flag.Rows.Select(row => row.RowNumber));
        Assert.Contains("12学时", flag.Description);
        Assert.Contains("10学时", flag.Description);
    }

    [Fact]
    public void IdenticalTimesNameFiveRows()
    {
        var flag = Assert.Single(_flags, flag => flag.Kind == LearningFlagKind.IdenticalTimes);

        Assert.Equal([6, 7, 8, 9, 10], flag.Rows.Select(row => row.RowNumber));
        Assert.StartsWith("5名职工", flag.Description);
    }

    [Fact]
    public void AgeFlagsUnderageAndRetired()
    {
        var flags = _flags.Where(flag => flag.Kind == LearningFlagKind.AgeOutsideWorkingRange).ToList();

        Assert.Equal(3, flags.Count);
        Assert.Contains(flags, flag => flag.Description.StartsWith("辛（女）", StringComparison.Ordinal) && flag.Rows.Single().RowNumber == 11);
        Assert.Contains(flags, flag => flag.Description.Contains('壬') && flag.Rows.Single().RowNumber == 12);
        Assert.Contains(flags, flag => flag.Description.StartsWith("癸（男）", StringComparison.Ordinal) && flag.Rows.Single().RowNumber == 13);
        Assert.DoesNotContain(flags, flag => flag.Description.StartsWith('子'));
    }

    [Fact]
    public void RowsTextNamesBatchAndRow()
    {
        var flag = _flags.First(flag => flag.Kind == LearningFlagKind.OverlappingSessions);

        Assert.Matches(@"^批次\d+第2行、批次\d+第3行$", flag.RowsText);
    }

    [Fact]
    public async Task FlagsAreForDistrictReviewersOnly()
    {
        var service = new LearningFlagService(_fixture.Database, new FakeTimeProvider());

        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            service.GetAsync(_fixture.Owner, _fixture.Plan.Id, CancellationToken.None));
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            service.GetAsync(Reviewer("120101"), _fixture.Plan.Id, CancellationToken.None));
    }

    private object?[] Row(int index, string start, string end, double hours)
    {
        var trainee = _fixture.Trainee(index);
        return LearningWorkbook.Row(trainee.Name, trainee.IdNumber, "焊接工艺", start, end, hours);
    }

    private static UserScope Reviewer(string district) =>
        new("reviewer", "审核员", Roles.DistrictReviewer, null, district);

    private static Trainee Person(string name, string birthDate, bool male, int sortOrder)
    {
        var first17 = "120101" + birthDate + (male ? "011" : "022");
        var id = first17 + ResidentIdNumber.ComputeCheckCharacter(first17);
        return new Trainee(name, id, "焊工", $"1380000{sortOrder:0000}", EmploymentType.Formal, true, sortOrder + 1);
    }
}
