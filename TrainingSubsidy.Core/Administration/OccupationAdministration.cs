using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using TrainingSubsidy.Core.Auditing;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.Persistence;
using TrainingSubsidy.Core.Reference;
using TrainingSubsidy.Core.Validation;

namespace TrainingSubsidy.Core.Administration;

/// <summary>
/// The city administrator's edits to the occupation catalogue: new occupations (for Tianjin's training packages,
/// for example), the skill-type flag, and retiring an occupation so that new plans can no longer choose it.
/// </summary>
public sealed partial class OccupationAdministration(IDbContextFactory<AppDbContext> dbFactory, AuditTrail audit)
{
    public async Task<ValidationErrors> AddAsync(
        UserScope scope,
        string code,
        string name,
        bool isSkillType,
        CancellationToken cancellationToken = default)
    {
        scope.EnsureRole(Roles.CityAdmin);
        var errors = new ValidationErrors();
        var normalizedCode = TextNormalizer.NormalizeIdentifier(code);
        var normalizedName = TextNormalizer.NormalizeText(name);
        if (!IsValidCode(normalizedCode))
        {
            errors.Add(nameof(code), $"职业代码“{code}”格式不正确，应为“大类-中类-小类-细类”，如6-18-02-04。");
        }

        if (normalizedName.Length is < 2 or > 100)
        {
            errors.Add(nameof(name), "职业名称应为2至100个字。");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (errors.IsValid && await db.Occupations.AnyAsync(o => o.Code == normalizedCode, cancellationToken))
        {
            errors.Add(nameof(code), $"职业代码{normalizedCode}已在目录中。");
        }

        if (!errors.IsValid)
        {
            return errors;
        }

        var majorGroup = normalizedCode[0] - '0';
        db.Occupations.Add(new Occupation(normalizedCode, normalizedName, majorGroup, null, isSkillType));
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(AuditRecord.For(scope, AuditActions.OccupationChanged, "occupation", normalizedCode,
            $"新增：{normalizedName}，{(isSkillType ? "技能类" : "非技能类")}"), cancellationToken);
        return errors;
    }

    public async Task SetSkillTypeAsync(UserScope scope, string code, bool isSkillType, CancellationToken cancellationToken = default)
    {
        await ChangeAsync(scope, code, occupation => occupation.SetSkillType(isSkillType),
            isSkillType ? "设为技能类" : "设为非技能类", cancellationToken);
    }

    public async Task SetRetiredAsync(UserScope scope, string code, bool retired, CancellationToken cancellationToken = default)
    {
        await ChangeAsync(scope, code, occupation =>
        {
            if (retired)
            {
                occupation.Retire();
            }
            else
            {
                occupation.Reinstate();
            }
        }, retired ? "停用" : "恢复使用", cancellationToken);
    }

    private async Task ChangeAsync(UserScope scope, string code, Action<Occupation> change, string description,
        CancellationToken cancellationToken)
    {
        scope.EnsureRole(Roles.CityAdmin);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var occupation = await db.Occupations.FirstOrDefaultAsync(o => o.Code == code, cancellationToken)
            ?? throw new DomainException($"职业代码{code}不在目录中。");
        change(occupation);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException($"职业{occupation.Name}刚被其他人修改，请刷新后重试。");
        }

        await audit.RecordAsync(AuditRecord.For(scope, AuditActions.OccupationChanged, "occupation", code,
            $"{occupation.Name}：{description}"), cancellationToken);
    }

    public static bool IsValidCode(string code) => CodePattern().IsMatch(code);

    [GeneratedRegex("^[1-8]-[0-9]{2}-[0-9]{2}-[0-9]{2}$")]
    private static partial Regex CodePattern();
}
