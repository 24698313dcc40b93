using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using TrainingSubsidy.Core.Auditing;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.Reference;
using TrainingSubsidy.Core.Spreadsheets;
using TrainingSubsidy.Core.Validation;

namespace TrainingSubsidy.Core.Administration;

/// <summary>One rejected row of an occupation sheet.</summary>
public sealed record OccupationImportError(int Row, string Column, string Value, string Reason);

/// <summary>The outcome of an occupation import: rows added and updated, or every error with nothing saved.</summary>
public sealed record OccupationImportResult(int Added, int Updated, IReadOnlyList<OccupationImportError> Errors);

/// <summary>
/// Imports occupations from a sheet with the columns 职业代码, 职业名称 and 技能类 (是/否). New codes are added and
/// existing ones get the sheet's name and flag. Every row is checked first, and nothing is saved unless all are valid.
/// </summary>
public sealed class OccupationImport(Microsoft.EntityFrameworkCore.IDbContextFactory<Persistence.AppDbContext> dbFactory,
    AuditTrail audit)
{
    public const string CodeHeader = "职业代码";
    public const string NameHeader = "职业名称";
    public const string SkillHeader = "技能类";

    public async Task<OccupationImportResult> ImportAsync(UserScope scope, byte[] content, CancellationToken cancellationToken)
    {
        scope.EnsureRole(Roles.CityAdmin);
        if (!XlsxContent.IsXlsx(content))
        {
            return Failed(new OccupationImportError(0, "文件", string.Empty,
                "文件不是Excel工作簿（.xlsx）。请在Excel或WPS中另存为“Excel工作簿(*.xlsx)”后再导入。"));
        }

        using var workbook = new XLWorkbook(new MemoryStream(content));
        var sheet = SheetLayout.FirstVisibleSheet(workbook);
        var header = sheet is null ? null : SheetLayout.FindHeaderRow(sheet, [CodeHeader, NameHeader, SkillHeader]);
        if (sheet is null || header is null)
        {
            return Failed(new OccupationImportError(0, "表头", string.Empty,
                $"找不到表头，第一个可见工作表需要“{CodeHeader}”“{NameHeader}”“{SkillHeader}”三列。"));
        }

        var errors = new List<OccupationImportError>();
        var rows = new Dictionary<string, (string Name, bool IsSkillType)>(StringComparer.Ordinal);
        var columns = new[] { header.ColumnOf(CodeHeader), header.ColumnOf(NameHeader), header.ColumnOf(SkillHeader) };
        for (var rowNumber = header.RowNumber + 1; rowNumber <= SheetLayout.LastRowNumber(sheet); rowNumber++)
        {
            if (CellReader.IsRowBlank(sheet, rowNumber, columns))
            {
                continue;
            }

            var code = TextNormalizer.NormalizeIdentifier(CellReader.Read(sheet.Cell(rowNumber, columns[0])).Text);
            var name = TextNormalizer.NormalizeText(CellReader.Read(sheet.Cell(rowNumber, columns[1])).Text);
            var flag = TextNormalizer.NormalizeText(CellReader.Read(sheet.Cell(rowNumber, columns[2])).Text);
            if (!OccupationAdministration.IsValidCode(code))
            {
                errors.Add(new(rowNumber, CodeHeader, code, "职业代码应为“大类-中类-小类-细类”，如6-18-02-04。"));
            }
            else if (rows.ContainsKey(code))
            {
                errors.Add(new(rowNumber, CodeHeader, code, "同一职业代码在表中重复出现。"));
            }

            if (name.Length is < 2 or > 100)
            {
                errors.Add(new(rowNumber, NameHeader, name, "职业名称应为2至100个字。"));
            }

            if (flag is not ("是" or "否"))
            {
                errors.Add(new(rowNumber, SkillHeader, flag, "技能类只能填“是”或“否”。"));
            }

            rows.TryAdd(code, (name, flag == "是"));
        }

        if (errors.Count > 0)
        {
            return new OccupationImportResult(0, 0, errors);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var existing = await db.Occupations.Where(o => rows.Keys.Contains(o.Code)).ToDictionaryAsync(o => o.Code, cancellationToken);
        var added = 0;
        var updated = 0;
        foreach (var (code, (name, isSkillType)) in rows)
        {
            if (existing.TryGetValue(code, out var occupation))
            {
                occupation.Rename(name);
                occupation.SetSkillType(isSkillType);
                updated++;
            }
            else
            {
                db.Occupations.Add(new Occupation(code, name, code[0] - '0', null, isSkillType));
                added++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(AuditRecord.For(scope, AuditActions.OccupationChanged, "occupation", "import",
            $"导入职业目录：新增{added}个，更新{updated}个"), cancellationToken);
        return new OccupationImportResult(added, updated, []);
    }

    private static OccupationImportResult Failed(OccupationImportError error) => new(0, 0, [error]);
}
