using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace TrainingSubsidy.Core.Claims;

/// <summary>Recognises the database's rejection of a second payable online-training subsidy for one ID number.</summary>
public static class OncePerPersonRule
{
    public const string ViolationMessage =
        "保存失败：名单中有职工已在其他补贴申请中（本企业或其他企业，待审核或已通过），每人只能享受一次线上职业技能培训补贴。"
        + "请刷新页面，查看每名职工的最新状态后重新操作。";

    // SQLite reports unique violations as SQLITE_CONSTRAINT (19) and names the table and column in the message.
    private const int SqliteConstraint = 19;

    public static bool IsViolation(DbUpdateException exception) =>
        exception.InnerException is SqliteException { SqliteErrorCode: SqliteConstraint } sqlite
        && sqlite.Message.Contains("ClaimTrainees.IdNumber", StringComparison.Ordinal);
}
