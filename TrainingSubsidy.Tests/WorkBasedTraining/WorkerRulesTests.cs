using TrainingSubsidy.Core.Reference;
using TrainingSubsidy.Core.WorkBasedTraining;
using TrainingSubsidy.Tests.Validation;

namespace TrainingSubsidy.Tests.WorkBasedTraining;

public sealed class WorkerRulesTests
{
    private static readonly DateOnly Today = new(2020, 6, 10);

    private static PolicyParameters Policy() =>
        new(1, new DateOnly(2020, 1, 24), DateTimeOffset.UnixEpoch, "test") { EpidemicEnd = new DateOnly(2020, 5, 31) };

    private static readonly string MaleId = ResidentIdNumberTests.WithCheck("12010119900101123");

    private static WorkerInput Input(string gender = "男", DateOnly? start = null, string id = "", params string[] months) =>
        new("王小明", id.Length == 0 ? MaleId : id, gender, "13812345678", "转岗", start ?? new DateOnly(2020, 2, 3), "焊工",
            months.Select(m => new WorkerMonthInput(m, 3000m)).ToList());

    [Fact]
    public void ValidWorkerIsAccepted()
    {
        var worker = WorkerRules.Validate(Input(months: ["2020-02", "2020-03", "2020-05"]), Policy(), Today, out var errors);

        Assert.Empty(errors);
        Assert.NotNull(worker);
        Assert.Equal(["2020-02", "2020-03", "2020-05"], worker.Months.Select(m => m.Month));
    }

    [Theory]
    [InlineData("2019-12")]
    [InlineData("2020-06")]
    public void MonthOutsidePeriodIsRejected(string month)
    {
        var worker = WorkerRules.Validate(Input(months: [month]), Policy(), Today, out var errors);

        Assert.Null(worker);
        Assert.Contains(errors, e => e.Contains("不在疫情防控期间", StringComparison.Ordinal));
    }

    [Fact]
    public void MonthBeforeHireMonthIsRejected()
    {
        var worker = WorkerRules.Validate(Input(start: new DateOnly(2020, 3, 15), months: ["2020-02"]), Policy(), Today,
            out var errors);

        Assert.Null(worker);
        Assert.Contains(errors, e => e.Contains("早于入职或转岗月份2020-03", StringComparison.Ordinal));
    }

    [Fact]
    public void FourMonthsAreRejected()
    {
        var worker = WorkerRules.Validate(Input(months: ["2020-02", "2020-03", "2020-04", "2020-05"]), Policy(), Today,
            out var errors);

        Assert.Null(worker);
        Assert.Contains(errors, e => e.Contains("1至3个月", StringComparison.Ordinal));
    }

    [Fact]
    public void GenderMismatchIsRejected()
    {
        var worker = WorkerRules.Validate(Input(gender: "女", months: ["2020-03"]), Policy(), Today, out var errors);

        Assert.Null(worker);
        Assert.Contains(errors, e => e.Contains("与身份证号第17位不一致", StringComparison.Ordinal));
    }

    [Fact]
    public void DuplicateWorkerIsRejected()
    {
        var application = new WorkBasedTrainingApplication(1, "120116", "YG-TEST", DateTimeOffset.UnixEpoch);
        var first = WorkerRules.Validate(Input(months: ["2020-02"]), Policy(), Today, out _);
        var second = WorkerRules.Validate(Input(months: ["2020-03"]), Policy(), Today, out _);
        application.AddWorker(first!, DateTimeOffset.UnixEpoch);

        var error = Assert.Throws<Core.Common.DomainException>(() => application.AddWorker(second!, DateTimeOffset.UnixEpoch));

        Assert.Contains("每名职工只能列入一次", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WorkerUnderSixteenIsWarned()
    {
        var youngId = ResidentIdNumberTests.WithCheck("12010120050301123");
        var worker = WorkerRules.Validate(Input(id: youngId, months: ["2020-03"]), Policy(), Today, out var errors);

        Assert.Empty(errors);
        var warnings = WorkerRules.Warnings(worker!, Policy());
        Assert.Contains(warnings, w => w.Contains("不满16周岁", StringComparison.Ordinal));
    }

    [Fact]
    public void WageBelowMinimumIsWarned()
    {
        var input = Input(months: ["2020-03"]) with { Months = [new WorkerMonthInput("2020-03", 1500m)] };
        var worker = WorkerRules.Validate(input, Policy(), Today, out _);

        var warnings = WorkerRules.Warnings(worker!, Policy());

        Assert.Contains(warnings, w => w.Contains("低于最低工资标准", StringComparison.Ordinal));
    }

    [Fact]
    public void WindowOpensOnlyAfterEnd()
    {
        var unset = new PolicyParameters(1, new DateOnly(2020, 1, 24), DateTimeOffset.UnixEpoch, "test");

        Assert.False(ApplicationWindow.Evaluate(unset, Today).IsOpen);
        Assert.False(ApplicationWindow.Evaluate(Policy(), new DateOnly(2020, 5, 31)).IsOpen);
        Assert.True(ApplicationWindow.Evaluate(Policy(), new DateOnly(2020, 6, 1)).IsOpen);
    }
}
