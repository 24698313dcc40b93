using TrainingSubsidy.Core.Files;
using TrainingSubsidy.Core.OnlineTraining;
using TrainingSubsidy.Tests.Support;
using static TrainingSubsidy.Tests.Support.PlanTestContext;

namespace TrainingSubsidy.Tests.OnlineTraining;

public sealed class PlanSubmitTests
{
    [Fact]
    public async Task CompletePlanWithLetterIsSubmitted()
    {
        await using var context = await CreateAsync();
        var (plan, version) = await context.CreateFilledPlanAsync(context.BinhaiUser);
        var fileId = await context.AddLetterFileAsync(context.Binhai.Id);
        version = Expect(await context.Submissions.AttachSignedLetterAsync(context.BinhaiUser, plan.Id, version, fileId));

        var result = await context.Submissions.SubmitAsync(context.BinhaiUser, plan.Id, version);
        var stored = await context.Plans.GetAsync(context.BinhaiUser, plan.Id);

        Assert.True(result.Succeeded);
        Assert.Equal(PlanStatus.Submitted, stored.Status);
        Assert.Equal(PlanReviewAction.Submitted, stored.Reviews.Single().Action);
    }

    [Fact]
    public async Task SubmitWithoutLetterIsRejected()
    {
        await using var context = await CreateAsync();
        var (plan, version) = await context.CreateFilledPlanAsync(context.BinhaiUser);

        var result = await context.Submissions.SubmitAsync(context.BinhaiUser, plan.Id, version);
        var stored = await context.Plans.GetAsync(context.BinhaiUser, plan.Id);

        Assert.False(result.Succeeded);
        Assert.NotEmpty(result.Errors.For(PlanSubmitValidator.LetterField));
        Assert.Equal(PlanStatus.Draft, stored.Status);
    }

    [Fact]
    public async Task StartBeforeSubmissionDayIsRejected()
    {
        await using var context = await CreateAsync();
        var (plan, version) = await context.CreateFilledPlanAsync(context.BinhaiUser);
        var fileId = await context.AddLetterFileAsync(context.Binhai.Id);
        version = Expect(await context.Submissions.AttachSignedLetterAsync(context.BinhaiUser, plan.Id, version, fileId));
        context.Database.Clock.Advance(TimeSpan.FromDays(4));

        var result = await context.Submissions.SubmitAsync(context.BinhaiUser, plan.Id, version);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors.For(nameof(OccupationStepForm.TrainingStart)),
            m => m.Contains("2020-03-05", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StartOnSubmissionDayIsAccepted()
    {
        await using var context = await CreateAsync();
        var (plan, version) = await context.CreateFilledPlanAsync(context.BinhaiUser);
        var fileId = await context.AddLetterFileAsync(context.Binhai.Id);
        version = Expect(await context.Submissions.AttachSignedLetterAsync(context.BinhaiUser, plan.Id, version, fileId));

        // 2020-03-05 00:30 in Beijing is still 2020-03-04 in UTC; the rule uses the Beijing date.
        context.Database.Clock.SetUtcNow(new DateTimeOffset(2020, 3, 4, 16, 30, 0, TimeSpan.Zero));
        var result = await context.Submissions.SubmitAsync(context.BinhaiUser, plan.Id, version);

        Assert.True(result.Succeeded, string.Join(" ", result.Errors.All));
    }

    [Fact]
    public async Task EmptyPlanListsEveryMissingStep()
    {
        await using var context = await CreateAsync();
        var plan = await context.Plans.CreateAsync(context.BinhaiUser);

        var result = await context.Submissions.SubmitAsync(context.BinhaiUser, plan.Id, plan.Version);

        Assert.NotEmpty(result.Errors.For(nameof(OccupationStepForm.OccupationCode)));
        Assert.NotEmpty(result.Errors.For(nameof(PlatformStepForm.Url)));
        Assert.NotEmpty(result.Errors.For(CourseValidator.ListField));
        Assert.NotEmpty(result.Errors.For(PlanSubmitValidator.TraineesField));
        Assert.NotEmpty(result.Errors.For(nameof(ContactStepForm.ContactPhone)));
        Assert.NotEmpty(result.Errors.For(PlanSubmitValidator.LetterField));
    }

    [Fact]
    public async Task SubmittedPlanCannotBeSavedAgain()
    {
        await using var context = await CreateAsync();
        var (plan, version) = await context.CreateFilledPlanAsync(context.BinhaiUser);
        var fileId = await context.AddLetterFileAsync(context.Binhai.Id);
        version = Expect(await context.Submissions.AttachSignedLetterAsync(context.BinhaiUser, plan.Id, version, fileId));
        version = Expect(await context.Submissions.SubmitAsync(context.BinhaiUser, plan.Id, version));

        await Assert.ThrowsAsync<Core.Common.DomainException>(() => context.Drafts.SaveContactAsync(
            context.BinhaiUser, plan.Id, version,
            new ContactStepForm { ContactPerson = "王五", ContactPhone = "13812345678" }));
    }

    [Fact]
    public async Task UploadedLetterScanIsAttached()
    {
        await using var context = await CreateAsync();
        var (plan, version) = await context.CreateFilledPlanAsync(context.BinhaiUser);
        var pdf = System.Text.Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n");

        var upload = await context.Submissions.UploadSignedLetterAsync(context.BinhaiUser, plan.Id, version,
            new MemoryStream(pdf), "承诺书.pdf");
        var stored = await context.Plans.GetAsync(context.BinhaiUser, plan.Id);

        Assert.True(upload.Succeeded, upload.Error);
        Assert.Equal(upload.File!.Id, stored.SignedLetterFileId);
        Assert.Equal(plan.Id, upload.File.TrainingPlanId);
    }

    [Fact]
    public async Task UploadedTextLetterIsRejected()
    {
        await using var context = await CreateAsync();
        var (plan, version) = await context.CreateFilledPlanAsync(context.BinhaiUser);
        var text = System.Text.Encoding.UTF8.GetBytes("这不是扫描件");

        var upload = await context.Submissions.UploadSignedLetterAsync(context.BinhaiUser, plan.Id, version,
            new MemoryStream(text), "承诺书.pdf");
        var stored = await context.Plans.GetAsync(context.BinhaiUser, plan.Id);

        Assert.False(upload.Succeeded);
        Assert.False(string.IsNullOrEmpty(upload.Error));
        Assert.Null(stored.SignedLetterFileId);
    }

    [Fact]
    public async Task OtherEnterpriseCannotUploadLetter()
    {
        await using var context = await CreateAsync();
        var (plan, version) = await context.CreateFilledPlanAsync(context.BinhaiUser);

        await Assert.ThrowsAsync<Core.Common.AccessDeniedException>(() => context.Submissions.UploadSignedLetterAsync(
            context.HepingUser, plan.Id, version, new MemoryStream([1, 2, 3]), "承诺书.pdf"));
    }

    [Fact]
    public async Task LetterFileOfOtherPurposeIsRejected()
    {
        await using var context = await CreateAsync();
        var (plan, version) = await context.CreateFilledPlanAsync(context.BinhaiUser);
        var fileId = await context.AddLetterFileAsync(context.Binhai.Id, FilePurpose.TrainingEvidence);

        await Assert.ThrowsAsync<Core.Common.AccessDeniedException>(() =>
            context.Submissions.AttachSignedLetterAsync(context.BinhaiUser, plan.Id, version, fileId));
    }

    [Fact]
    public async Task LetterFileOfOtherEnterpriseIsRejected()
    {
        await using var context = await CreateAsync();
        var (plan, version) = await context.CreateFilledPlanAsync(context.BinhaiUser);
        var fileId = await context.AddLetterFileAsync(context.Heping.Id);

        await Assert.ThrowsAsync<Core.Common.AccessDeniedException>(() =>
            context.Submissions.AttachSignedLetterAsync(context.BinhaiUser, plan.Id, version, fileId));
    }

    [Fact]
    public async Task ListShowsHistoryWithReason()
    {
        await using var context = await CreateAsync();
        var (plan, version) = await context.CreateFilledPlanAsync(context.BinhaiUser);
        var fileId = await context.AddLetterFileAsync(context.Binhai.Id);
        version = Expect(await context.Submissions.AttachSignedLetterAsync(context.BinhaiUser, plan.Id, version, fileId));
        Expect(await context.Submissions.SubmitAsync(context.BinhaiUser, plan.Id, version));
        await using (var db = context.Database.CreateDbContext())
        {
            var tracked = db.TrainingPlans.Single(p => p.Id == plan.Id);
            tracked.Return("r1", "审核员", context.Database.Clock.GetUtcNow(), "平台网址无法打开", null);
            await db.SaveChangesAsync();
        }

        var summary = Assert.Single(await context.Plans.ListOwnAsync(context.BinhaiUser));

        Assert.Equal(PlanStatus.Returned, summary.Status);
        Assert.Equal("平台网址无法打开", summary.LatestDecisionReason);
        Assert.Equal(2, summary.History.Count);
        Assert.True(summary.IsEditable);
    }

    [Fact]
    public async Task DraftCanBeDeleted()
    {
        await using var context = await CreateAsync();
        var (plan, version) = await context.CreateFilledPlanAsync(context.BinhaiUser);

        await Assert.ThrowsAsync<Core.Common.AccessDeniedException>(() =>
            context.Plans.DeleteDraftAsync(context.HepingUser, plan.Id, version));
        var deleted = await context.Plans.DeleteDraftAsync(context.BinhaiUser, plan.Id, version);

        Assert.True(deleted.Succeeded);
        Assert.Empty(await context.Plans.ListOwnAsync(context.BinhaiUser));
    }

    [Fact]
    public async Task ReturnedPlanCannotBeDeleted()
    {
        await using var context = await CreateAsync();
        var (plan, version) = await context.CreateFilledPlanAsync(context.BinhaiUser);
        var fileId = await context.AddLetterFileAsync(context.Binhai.Id);
        version = Expect(await context.Submissions.AttachSignedLetterAsync(context.BinhaiUser, plan.Id, version, fileId));
        Expect(await context.Submissions.SubmitAsync(context.BinhaiUser, plan.Id, version));
        await using (var db = context.Database.CreateDbContext())
        {
            db.TrainingPlans.Single(p => p.Id == plan.Id)
                .Return("r1", "审核员", context.Database.Clock.GetUtcNow(), "课时不足", null);
            await db.SaveChangesAsync();
        }

        var returned = await context.Plans.GetAsync(context.BinhaiUser, plan.Id);

        await Assert.ThrowsAsync<Core.Common.DomainException>(() =>
            context.Plans.DeleteDraftAsync(context.BinhaiUser, plan.Id, returned.Version));
    }
}
