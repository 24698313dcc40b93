using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Files;
using TrainingSubsidy.Core.Payouts;
using TrainingSubsidy.Core.Persistence;
using TrainingSubsidy.Core.Reference;
using TrainingSubsidy.Core.Validation;
using TrainingSubsidy.Core.WorkBasedTraining;

namespace TrainingSubsidy.Core.Demo;

/// <summary>
/// Seeds the work-in-lieu-of-training applications of the listed demo producer: one draft, one submitted and one
/// approved, with documents and worker-month slots. It first opens the application window by adding a policy
/// version with the epidemic end date when no version has one. The approved application's award is returned so
/// that the caller pays it in the district's payout batch.
/// </summary>
internal sealed class DemoWorkBasedStory(DemoStorySeeder seeder, TimeProvider timeProvider, ILogger logger)
{
    /// <summary>End of the epidemic response period that the demo policy version sets.</summary>
    public static readonly DateOnly DemoEpidemicEnd = new(2020, 4, 8);

    private static readonly string[] Posts = ["医用口罩生产线操作工", "灭菌包装工", "医用防护服缝制工", "质量检验员"];

    // Start date on the post and kind of each worker of an application. Months are claimed from the start month.
    private static readonly (DateOnly Start, WorkerKind Kind)[] Starts =
    [
        (new DateOnly(2020, 2, 3), WorkerKind.NewHire),
        (new DateOnly(2020, 2, 17), WorkerKind.NewHire),
        (new DateOnly(2020, 3, 2), WorkerKind.Transfer),
        (new DateOnly(2020, 3, 16), WorkerKind.NewHire),
    ];

    public async Task<Award> SeedAsync(AppDbContext db, EnterpriseStory story, CancellationToken cancellationToken)
    {
        await EnsureEpidemicEndAsync(db, cancellationToken);
        var now = timeProvider.GetUtcNow();

        // Ages are counted in 2020, when the workers were hired. The seed differs from the trainees' seeds.
        var people = DemoPeople.Create(story.Seed + 2000, 13, new DateOnly(2020, 3, 1));
        var legalRepresentative = people[12];

        var approved = await CreateAsync(db, story, people.Take(4).ToList(), legalRepresentative, now.AddDays(-40), 1,
            cancellationToken);
        await AttachDocumentsAsync(db, story, approved, signedForm: true, cancellationToken);
        await SubmitAsync(db, story, approved, now.AddDays(-38), cancellationToken);
        var award = await ApproveAsync(db, story, approved, now.AddDays(-33), cancellationToken);

        var submitted = await CreateAsync(db, story, people.Skip(4).Take(4).ToList(), legalRepresentative,
            now.AddDays(-6), 2, cancellationToken);
        await AttachDocumentsAsync(db, story, submitted, signedForm: true, cancellationToken);
        await SubmitAsync(db, story, submitted, now.AddDays(-2), cancellationToken);

        // The draft has no signed form yet, so its page lists what is still missing.
        var draft = await CreateAsync(db, story, people.Skip(8).Take(3).ToList(), legalRepresentative,
            now.AddHours(-3), 3, cancellationToken);
        await AttachDocumentsAsync(db, story, draft, signedForm: false, cancellationToken);

        await db.SaveChangesAsync(cancellationToken);
        return award;
    }

    /// <summary>
    /// Adds the next policy version with <see cref="DemoEpidemicEnd"/>, copied from version 1, unless a version
    /// already has an epidemic end date. It takes effect 60 days ago, or the day after the latest version when
    /// that is later, so that it is the version in force today.
    /// </summary>
    private async Task EnsureEpidemicEndAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        if (await db.PolicyParameters.AnyAsync(p => p.EpidemicEnd != null, cancellationToken))
        {
            return;
        }

        var versions = await db.PolicyParameters.AsNoTracking().ToListAsync(cancellationToken);
        var first = versions.MinBy(p => p.VersionNumber)
                    ?? throw new InvalidOperationException("No policy parameters exist; reference data was not seeded.");
        var effectiveFrom = ChinaTime.Today(timeProvider).AddDays(-60);
        var latest = versions.Max(p => p.EffectiveFrom);
        if (effectiveFrom <= latest)
        {
            effectiveFrom = latest.AddDays(1);
        }

        var version = first.CopyAsVersion(versions.Max(p => p.VersionNumber) + 1, effectiveFrom,
            timeProvider.GetUtcNow(), "demo");
        version.EpidemicEnd = DemoEpidemicEnd;
        version.Note = "演示数据：设定疫情防控期结束日期，以便演示以工代训申请。";
        db.PolicyParameters.Add(version);
        await db.SaveChangesAsync(cancellationToken);
        DemoLog.AddedEpidemicEndVersion(logger, version.VersionNumber,
            DemoEpidemicEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            effectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    private static async Task<WorkBasedTrainingApplication> CreateAsync(AppDbContext db, EnterpriseStory story,
        IReadOnlyList<DemoPerson> workers, DemoPerson legalRepresentative, DateTimeOffset createdAt, int sequence,
        CancellationToken cancellationToken)
    {
        var enterprise = story.Enterprise;
        var createdOn = DateOnly.FromDateTime(createdAt.ToOffset(ChinaTime.Offset).DateTime);
        var number = string.Create(CultureInfo.InvariantCulture,
            $"YG{enterprise.DistrictCode}-{createdOn:yyyyMMdd}-{enterprise.Id:00000}-{sequence:00}");
        var application = new WorkBasedTrainingApplication(enterprise.Id, enterprise.DistrictCode, number, createdAt);
        application.SetApplicant(legalRepresentative.Name, legalRepresentative.IdNumber, enterprise.BankName!,
            enterprise.BankAccountName!, enterprise.BankAccountNumber!, createdAt);
        foreach (var (person, index) in workers.Select((p, i) => (p, i)))
        {
            var (start, kind) = Starts[index % Starts.Length];
            var months = new List<WorkerMonth>();
            for (var month = new DateOnly(start.Year, start.Month, 1); month.Month <= 4; month = month.AddMonths(1))
            {
                months.Add(new WorkerMonth(WorkerRules.FormatMonth(month), Money.FromYuan(2600 + 350 * index + 50 * month.Month)));
            }

            var id = ResidentIdNumber.Parse(person.IdNumber, new DateOnly(2020, 3, 1));
            application.AddWorker(new WorkBasedWorker(person.Name, person.IdNumber, id.Gender, person.Phone, kind,
                start, Posts[index % Posts.Length], months), createdAt);
        }

        db.WorkBasedApplications.Add(application);
        await db.SaveChangesAsync(cancellationToken);
        return application;
    }

    /// <summary>Stores the business licence, the ID copy, one payroll proof per claimed month and the signed form.</summary>
    private async Task AttachDocumentsAsync(AppDbContext db, EnterpriseStory story,
        WorkBasedTrainingApplication application, bool signedForm, CancellationToken cancellationToken)
    {
        var documents = new List<(string FileName, UploadRule Rule, string? Month)>
        {
            ("营业执照副本.pdf", UploadRules.BusinessLicence, null),
            ("法定代表人身份证复印件.pdf", UploadRules.LegalRepresentativeIdCopy, null),
        };
        var months = application.Workers.SelectMany(w => w.Months).Select(m => m.Month).Distinct().Order(StringComparer.Ordinal);
        documents.AddRange(months.Select(month => ($"{month}工资发放银行流水.pdf", UploadRules.PayrollProof, (string?)month)));
        if (signedForm)
        {
            documents.Add(($"{application.ApplicationNumber}-签字盖章申请表.pdf", UploadRules.SignedApplicationForm, null));
        }

        foreach (var (fileName, rule, month) in documents)
        {
            var file = await seeder.StoreDemoPdfAsync(db, story, fileName,
                $"{fileName[..^4]}（演示） {application.ApplicationNumber}", rule, cancellationToken);
            file.WorkBasedApplicationId = application.Id;
            file.ClaimMonth = month;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Takes a worker-month slot for every claimed month and submits, as the submission service does.</summary>
    private static async Task SubmitAsync(AppDbContext db, EnterpriseStory story,
        WorkBasedTrainingApplication application, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await WorkerMonthSlotService.AssignAsync(db, application, cancellationToken);
        application.Submit(story.EnterpriseUser.UserName!, at);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Approves every worker-month at the amount of the policy in force on the approval day, creates the award and
    /// makes it payable when its public notice ended before today.
    /// </summary>
    private async Task<Award> ApproveAsync(AppDbContext db, EnterpriseStory story,
        WorkBasedTrainingApplication application, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var approvedAt = at.ToOffset(ChinaTime.Offset);
        var approvedOn = DateOnly.FromDateTime(approvedAt.DateTime);
        var policy = await PolicyParameterService.FindInForceAsync(db, approvedOn, cancellationToken)
                     ?? throw new InvalidOperationException($"No policy parameters are in force on {approvedOn:yyyy-MM-dd}.");
        var perMonth = policy.WorkBasedAmountPerWorkerMonth;
        application.Approve(story.Reviewer.UserName!, approvedAt, perMonth, new Dictionary<int, string>(),
            "工资发放佐证齐全，人月数核对无误。");
        var lines = application.Workers
            .SelectMany(worker => worker.Months.Select(month =>
                new AwardLine(worker.Name, worker.IdNumber, worker.Phone, month.Month, perMonth)))
            .ToList();
        var award = new Award(Programme.WorkBasedTraining, application.Id, application.ApplicationNumber,
            application.EnterpriseId, application.DistrictCode, story.Reviewer.Id, approvedAt, lines);
        var calendar = await WorkingDayCalendar.LoadAsync(db, cancellationToken);
        var (start, end) = NoticePeriod.For(calendar, approvedOn, policy.PublicNoticeWorkingDays);
        award.StartNotice(start, end);
        award.TryEndNotice(ChinaTime.Today(timeProvider));
        db.Awards.Add(award);
        await db.SaveChangesAsync(cancellationToken);
        return award;
    }
}
