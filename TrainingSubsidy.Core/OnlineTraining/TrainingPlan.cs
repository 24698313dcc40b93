using TrainingSubsidy.Core.Common;

namespace TrainingSubsidy.Core.OnlineTraining;

/// <summary>
/// The online-training application's plan (培训计划), which owns its status. Draft and Returned plans can be edited
/// and submitted. The district approves, returns or rejects a Submitted plan. Approved and Rejected are final.
/// </summary>
public sealed class TrainingPlan : IVersioned
{
    private readonly List<Course> _courses = [];
    private readonly List<Trainee> _trainees = [];
    private readonly List<PlanReview> _reviews = [];

    private TrainingPlan()
    {
    }

    public TrainingPlan(int enterpriseId, string districtCode, string planNumber, DateTimeOffset createdAt)
    {
        EnterpriseId = enterpriseId;
        DistrictCode = districtCode;
        PlanNumber = planNumber;
        CreatedAt = createdAt;
        UpdatedAt = createdAt;
        Status = PlanStatus.Draft;
    }

    public int Id { get; private set; }

    public int EnterpriseId { get; private set; }

    /// <summary>District of the enterprise when the plan was created; that district reviews it.</summary>
    public string DistrictCode { get; private set; } = string.Empty;

    /// <summary>Human-readable number, e.g. PX120116-000123.</summary>
    public string PlanNumber { get; private set; } = string.Empty;

    public PlanStatus Status { get; private set; }

    public string? OccupationCode { get; private set; }

    public string? OccupationName { get; private set; }

    /// <summary>How the training content relates to the enterprise's main business.</summary>
    public string? BusinessRelevance { get; private set; }

    public DateOnly? TrainingStart { get; private set; }

    public DateOnly? TrainingEnd { get; private set; }

    public PlatformKind? PlatformKind { get; private set; }

    public string? PlatformName { get; private set; }

    public string? PlatformUrl { get; private set; }

    public string? PlatformAccount { get; private set; }

    /// <summary>Platform password encrypted with ASP.NET Core Data Protection; never stored in clear.</summary>
    public string? PlatformPasswordProtected { get; private set; }

    public string? ContactPerson { get; private set; }

    public string? ContactPhone { get; private set; }

    /// <summary>The uploaded scan of the signed and sealed commitment letter.</summary>
    public int? SignedLetterFileId { get; private set; }

    /// <summary>The last guided-form step the enterprise saved, so it can resume there.</summary>
    public int LastSavedStep { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public DateOnly? ApprovedOn { get; private set; }

    public Guid Version { get; private set; }

    public IReadOnlyCollection<Course> Courses => _courses;

    public IReadOnlyCollection<Trainee> Trainees => _trainees;

    public IReadOnlyCollection<PlanReview> Reviews => _reviews;

    public bool IsEditable => Status is PlanStatus.Draft or PlanStatus.Returned;

    public decimal TotalHours => _courses.Sum(course => course.Hours);

    public decimal LiteracyHours => _courses
        .Where(course => course.Category == CourseCategory.GeneralLiteracy)
        .Sum(course => course.Hours);

    public void SetOccupationAndPeriod(
        string occupationCode,
        string occupationName,
        string businessRelevance,
        DateOnly trainingStart,
        DateOnly trainingEnd,
        DateTimeOffset now)
    {
        EnsureEditable();
        OccupationCode = occupationCode;
        OccupationName = occupationName;
        BusinessRelevance = businessRelevance;
        TrainingStart = trainingStart;
        TrainingEnd = trainingEnd;
        Touch(1, now);
    }

    public void SetPlatform(
        PlatformKind kind,
        string name,
        string url,
        string? account,
        string? passwordProtected,
        DateTimeOffset now)
    {
        EnsureEditable();
        PlatformKind = kind;
        PlatformName = name;
        PlatformUrl = url;
        PlatformAccount = account;
        PlatformPasswordProtected = passwordProtected;
        Touch(2, now);
    }

    public void ReplaceCourses(IEnumerable<Course> courses, DateTimeOffset now)
    {
        EnsureEditable();
        _courses.Clear();
        _courses.AddRange(courses);
        Touch(3, now);
    }

    public void ReplaceTrainees(IEnumerable<Trainee> trainees, DateTimeOffset now)
    {
        EnsureEditable();
        _trainees.Clear();
        _trainees.AddRange(trainees);
        Touch(4, now);
    }

    public void SetContact(string contactPerson, string contactPhone, DateTimeOffset now)
    {
        EnsureEditable();
        ContactPerson = contactPerson;
        ContactPhone = contactPhone;
        Touch(5, now);
    }

    public void AttachSignedLetter(int fileId, DateTimeOffset now)
    {
        EnsureEditable();
        SignedLetterFileId = fileId;
        Touch(6, now);
    }

    /// <summary>Submits the plan; the submit validator has checked its content against the rules beforehand.</summary>
    public void Submit(string userId, string userDisplayName, DateTimeOffset now)
    {
        EnsureEditable();
        if (SignedLetterFileId is null)
        {
            throw new DomainException("请先上传已签字盖章的承诺书扫描件，再提交。");
        }

        Status = PlanStatus.Submitted;
        SubmittedAt = now;
        UpdatedAt = now;
        _reviews.Add(new PlanReview(PlanReviewAction.Submitted, userId, userDisplayName, now, null, null));
    }

    public void Approve(string reviewerId, string reviewerName, DateTimeOffset now, DateOnly today, string? note,
        string? checklist)
    {
        EnsureSubmitted();
        Status = PlanStatus.Approved;
        DecidedAt = now;
        ApprovedOn = today;
        UpdatedAt = now;
        _reviews.Add(new PlanReview(PlanReviewAction.Approved, reviewerId, reviewerName, now, note, checklist));
    }

    public void Return(string reviewerId, string reviewerName, DateTimeOffset now, string reason, string? checklist)
    {
        EnsureSubmitted();
        RequireReason(reason, "退回");
        Status = PlanStatus.Returned;
        DecidedAt = now;
        UpdatedAt = now;
        _reviews.Add(new PlanReview(PlanReviewAction.Returned, reviewerId, reviewerName, now, reason.Trim(), checklist));
    }

    public void Reject(string reviewerId, string reviewerName, DateTimeOffset now, string reason, string? checklist)
    {
        EnsureSubmitted();
        RequireReason(reason, "不通过");
        Status = PlanStatus.Rejected;
        DecidedAt = now;
        UpdatedAt = now;
        _reviews.Add(new PlanReview(PlanReviewAction.Rejected, reviewerId, reviewerName, now, reason.Trim(), checklist));
    }

    public void EnsureEditable()
    {
        if (!IsEditable)
        {
            throw new DomainException($"培训计划{PlanNumber}当前状态为“{Status.ToChinese()}”，只有草稿或退回修改的计划可以修改。");
        }
    }

    private void EnsureSubmitted()
    {
        if (Status != PlanStatus.Submitted)
        {
            throw new DomainException($"培训计划{PlanNumber}当前状态为“{Status.ToChinese()}”，只有待审核的计划可以作出审核决定。");
        }
    }

    private static void RequireReason(string? reason, string decision)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException($"审核{decision}时必须填写原因，企业将看到该原因。");
        }
    }

    private void Touch(int step, DateTimeOffset now)
    {
        LastSavedStep = Math.Max(LastSavedStep, step);
        UpdatedAt = now;
    }
}
