using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.OnlineTraining;

namespace TrainingSubsidy.Tests.OnlineTraining;

public sealed class TrainingPlanStateTests
{
    private static readonly DateTimeOffset Now = new(2020, 3, 2, 1, 0, 0, TimeSpan.Zero);

    private static TrainingPlan NewPlan() => new(1, "120116", "PX120116-000001", Now);

    private static TrainingPlan SubmittedPlan()
    {
        var plan = NewPlan();
        plan.AttachSignedLetter(7, Now);
        plan.Submit("u1", "刘建华", Now);
        return plan;
    }

    [Fact]
    public void NewPlanIsEditableDraft()
    {
        var plan = NewPlan();

        Assert.Equal(PlanStatus.Draft, plan.Status);
        Assert.True(plan.IsEditable);
    }

    [Fact]
    public void SubmitWithoutLetterIsRejected()
    {
        var plan = NewPlan();

        var exception = Assert.Throws<DomainException>(() => plan.Submit("u1", "刘建华", Now));

        Assert.Contains("承诺书", exception.Message, StringComparison.Ordinal);
        Assert.Equal(PlanStatus.Draft, plan.Status);
    }

    [Fact]
    public void SubmitWithLetterRecordsHistory()
    {
        var plan = SubmittedPlan();

        Assert.Equal(PlanStatus.Submitted, plan.Status);
        Assert.Single(plan.Reviews);
        Assert.Equal(PlanReviewAction.Submitted, plan.Reviews.Single().Action);
    }

    [Fact]
    public void SubmittedPlanCannotBeEdited()
    {
        var plan = SubmittedPlan();

        Assert.False(plan.IsEditable);
        Assert.Throws<DomainException>(() => plan.SetContact("王五", "13812345678", Now));
        Assert.Throws<DomainException>(() => plan.ReplaceCourses([], Now));
        Assert.Throws<DomainException>(() => plan.ReplaceTrainees([], Now));
    }

    [Fact]
    public void ReturnedPlanIsEditableAgain()
    {
        var plan = SubmittedPlan();

        plan.Return("r1", "审核员", Now, "课程课时偏少", null);
        plan.SetContact("王五", "13812345678", Now);

        Assert.Equal(PlanStatus.Returned, plan.Status);
        Assert.Equal("王五", plan.ContactPerson);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void ReturnNeedsReason(string reason)
    {
        var plan = SubmittedPlan();

        Assert.Throws<DomainException>(() => plan.Return("r1", "审核员", Now, reason, null));
        Assert.Equal(PlanStatus.Submitted, plan.Status);
    }

    [Fact]
    public void RejectNeedsReason()
    {
        var plan = SubmittedPlan();

        Assert.Throws<DomainException>(() => plan.Reject("r1", "审核员", Now, " ", null));
        Assert.Equal(PlanStatus.Submitted, plan.Status);
    }

    [Fact]
    public void ApprovedAndRejectedPlansAreFinal()
    {
        var approved = SubmittedPlan();
        approved.Approve("r1", "审核员", Now, new DateOnly(2020, 3, 2), null, null);
        var rejected = SubmittedPlan();
        rejected.Reject("r1", "审核员", Now, "平台无法访问", null);

        Assert.Throws<DomainException>(() => approved.SetContact("王五", "13812345678", Now));
        Assert.Throws<DomainException>(() => rejected.SetContact("王五", "13812345678", Now));
        Assert.Throws<DomainException>(() => approved.Return("r1", "审核员", Now, "原因", null));
    }

    [Fact]
    public void DraftCannotBeDecided()
    {
        var plan = NewPlan();

        Assert.Throws<DomainException>(() => plan.Approve("r1", "审核员", Now, new DateOnly(2020, 3, 2), null, null));
    }
}
