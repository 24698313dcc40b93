using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.OnlineTraining;
using static TrainingSubsidy.Tests.Support.PlanTestContext;

namespace TrainingSubsidy.Tests.OnlineTraining;

public sealed class PlanAuthorizationTests
{
    [Fact]
    public async Task OtherEnterpriseCannotReadPlan()
    {
        await using var context = await CreateAsync();
        var (plan, _) = await context.CreateFilledPlanAsync(context.BinhaiUser);

        var exception = await Assert.ThrowsAsync<AccessDeniedException>(() =>
            context.Plans.GetAsync(context.HepingUser, plan.Id));
        var missing = await Assert.ThrowsAsync<AccessDeniedException>(() =>
            context.Plans.GetAsync(context.HepingUser, plan.Id + 1000));

        Assert.Equal(exception.Message, missing.Message);
    }

    [Fact]
    public async Task OtherEnterpriseCannotChangePlan()
    {
        await using var context = await CreateAsync();
        var (plan, version) = await context.CreateFilledPlanAsync(context.BinhaiUser);
        var attacker = context.HepingUser;
        var contact = new ContactStepForm { ContactPerson = "王五", ContactPhone = "13812345678" };

        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            context.Drafts.SaveContactAsync(attacker, plan.Id, version, contact));
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            context.Drafts.SaveCoursesAsync(attacker, plan.Id, version, []));
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            context.Drafts.SaveTraineesAsync(attacker, plan.Id, version, []));
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            context.Drafts.ImportTraineesAsync(attacker, plan.Id, version, []));
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            context.Submissions.SubmitAsync(attacker, plan.Id, version));
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            context.Plans.GetRosterWarningsAsync(attacker, plan.Id));
        var stored = await context.Plans.GetAsync(context.BinhaiUser, plan.Id);

        Assert.Equal("刘建华", stored.ContactPerson);
        Assert.Equal(2, stored.Courses.Count);
    }

    [Fact]
    public async Task PlanListShowsOnlyOwnPlans()
    {
        await using var context = await CreateAsync();
        await context.Plans.CreateAsync(context.BinhaiUser);
        await context.Plans.CreateAsync(context.HepingUser);

        var list = await context.Plans.ListOwnAsync(context.HepingUser);

        Assert.Single(list);
        Assert.StartsWith("PX120101-", list[0].PlanNumber, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DistrictStaffCannotEditPlan()
    {
        await using var context = await CreateAsync();
        var (plan, version) = await context.CreateFilledPlanAsync(context.BinhaiUser);
        var reviewer = District(Roles.DistrictReviewer, BinhaiDistrict);

        await Assert.ThrowsAsync<AccessDeniedException>(() => context.Drafts.SaveContactAsync(reviewer, plan.Id,
            version, new ContactStepForm { ContactPerson = "王五", ContactPhone = "13812345678" }));
        await Assert.ThrowsAsync<AccessDeniedException>(() => context.Plans.CreateAsync(reviewer));
    }

    [Fact]
    public async Task EnterpriseScopeWithoutEnterpriseIsDenied()
    {
        await using var context = await CreateAsync();
        var (plan, _) = await context.CreateFilledPlanAsync(context.BinhaiUser);
        var orphan = new UserScope("u-x", "x", Roles.EnterpriseUser, null, null);

        await Assert.ThrowsAsync<AccessDeniedException>(() => context.Plans.GetAsync(orphan, plan.Id));
        await Assert.ThrowsAsync<AccessDeniedException>(() => context.Plans.CreateAsync(orphan));
    }

    [Fact]
    public void LetterAccessRuleCoversRolesAndDistricts()
    {
        const int enterpriseId = 5;
        var own = new UserScope("u1", "a", Roles.EnterpriseUser, enterpriseId, null);
        var otherEnterprise = new UserScope("u2", "b", Roles.EnterpriseUser, 6, null);
        var admin = new UserScope("u3", "c", Roles.CityAdmin, null, null);

        Assert.Equal(PlanAccessDecision.Allowed, CommitmentLetterAccess.Decide(own, enterpriseId, BinhaiDistrict));
        Assert.Equal(PlanAccessDecision.Forbidden,
            CommitmentLetterAccess.Decide(otherEnterprise, enterpriseId, BinhaiDistrict));
        Assert.Equal(PlanAccessDecision.Allowed, CommitmentLetterAccess.Decide(
            District(Roles.DistrictReviewer, BinhaiDistrict), enterpriseId, BinhaiDistrict));
        Assert.Equal(PlanAccessDecision.Allowed, CommitmentLetterAccess.Decide(
            District(Roles.DistrictFinance, BinhaiDistrict), enterpriseId, BinhaiDistrict));
        Assert.Equal(PlanAccessDecision.Forbidden, CommitmentLetterAccess.Decide(
            District(Roles.DistrictReviewer, HepingDistrict), enterpriseId, BinhaiDistrict));
        Assert.Equal(PlanAccessDecision.Forbidden, CommitmentLetterAccess.Decide(admin, enterpriseId, BinhaiDistrict));
        Assert.Equal(PlanAccessDecision.Forbidden, CommitmentLetterAccess.Decide(null, enterpriseId, BinhaiDistrict));
    }

    [Fact]
    public void LetterAccessRuleReportsMissingPlan()
    {
        var own = new UserScope("u1", "a", Roles.EnterpriseUser, 5, null);

        Assert.Equal(PlanAccessDecision.NotFound, CommitmentLetterAccess.Decide(own, null, null));
        Assert.Equal(PlanAccessDecision.NotFound, CommitmentLetterAccess.Decide(null, null, null));
    }

    [Fact]
    public async Task LetterServiceAppliesRuleToStoredPlan()
    {
        await using var context = await CreateAsync();
        var (plan, _) = await context.CreateFilledPlanAsync(context.BinhaiUser);

        var other = await context.Letters.GetAsync(context.HepingUser, plan.Id);
        var missing = await context.Letters.GetAsync(context.BinhaiUser, int.MaxValue);
        var wrongDistrict = await context.Letters.GetAsync(District(Roles.DistrictReviewer, HepingDistrict), plan.Id);

        Assert.Equal(PlanAccessDecision.Forbidden, other.Decision);
        Assert.Null(other.Pdf);
        Assert.Equal(PlanAccessDecision.NotFound, missing.Decision);
        Assert.Equal(PlanAccessDecision.Forbidden, wrongDistrict.Decision);
    }

    [Fact]
    public async Task LetterIsGeneratedForOwnerAndDistrict()
    {
        await using var context = await CreateAsync();
        var (plan, _) = await context.CreateFilledPlanAsync(context.BinhaiUser);

        var own = await context.Letters.GetAsync(context.BinhaiUser, plan.Id);
        var finance = await context.Letters.GetAsync(District(Roles.DistrictFinance, BinhaiDistrict), plan.Id);

        Assert.Equal(PlanAccessDecision.Allowed, own.Decision);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(own.Pdf!, 0, 4), StringComparison.Ordinal);
        Assert.Equal(plan.PlanNumber, own.PlanNumber);
        Assert.NotNull(finance.Pdf);
    }

    [Fact]
    public async Task IncompletePlanLetterGetsMessage()
    {
        await using var context = await CreateAsync();
        var plan = await context.Plans.CreateAsync(context.BinhaiUser);

        var download = await context.Letters.GetAsync(context.BinhaiUser, plan.Id);

        Assert.Equal(PlanAccessDecision.Allowed, download.Decision);
        Assert.Null(download.Pdf);
        Assert.NotNull(download.Message);
    }
}
