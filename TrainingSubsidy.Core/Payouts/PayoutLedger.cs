using Microsoft.EntityFrameworkCore;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Persistence;

namespace TrainingSubsidy.Core.Payouts;

/// <summary>One enterprise payment of a batch ledger (拨付台账).</summary>
public sealed record PayoutLedgerRow(
    int Number,
    string EnterpriseName,
    string CreditCode,
    string BankName,
    string BankAccountName,
    string BankAccountNumber,
    Programme Programme,
    int Quantity,
    Money Amount)
{
    public string ProgrammeLabel => Programme.ToChinese();

    public string QuantityText => $"{Quantity}{Programme.QuantityUnit()}";
}

/// <summary>One trainee or worker-month behind a ledger row.</summary>
public sealed record PayoutLedgerLine(
    int RowNumber,
    string EnterpriseName,
    Programme Programme,
    string PersonName,
    string IdNumber,
    string Phone,
    string? Month,
    Money Amount);

/// <summary>The content of a batch ledger, built from the awards alone so both programmes print the same way.</summary>
public sealed record PayoutLedger(
    string BatchNumber,
    string DistrictName,
    DateTimeOffset GeneratedAt,
    IReadOnlyList<PayoutLedgerRow> Rows,
    IReadOnlyList<PayoutLedgerLine> Lines)
{
    public Money Total => Rows.Aggregate(Money.Zero, (total, row) => total + row.Amount);

    public string Title => $"{DistrictName}职业技能培训补贴拨付台账（批次{BatchNumber}）";

    public static async Task<PayoutLedger?> LoadAsync(AppDbContext db, int batchId, DateTimeOffset generatedAt,
        CancellationToken cancellationToken)
    {
        var batch = await db.PayoutBatches.AsNoTracking().Include(b => b.Items)
            .FirstOrDefaultAsync(b => b.Id == batchId, cancellationToken);
        if (batch is null)
        {
            return null;
        }

        var awardIds = batch.Items.Select(item => item.AwardId).ToList();
        var awards = await db.Awards.AsNoTracking().Include(award => award.Lines)
            .Where(award => awardIds.Contains(award.Id))
            .OrderBy(award => award.Id)
            .ToListAsync(cancellationToken);
        var enterpriseIds = awards.Select(award => award.EnterpriseId).Distinct().ToList();
        var enterprises = await db.Enterprises.AsNoTracking().Where(e => enterpriseIds.Contains(e.Id))
            .ToDictionaryAsync(e => e.Id, cancellationToken);
        var districtName = await db.Districts.AsNoTracking().Where(d => d.Code == batch.DistrictCode)
            .Select(d => d.Name).FirstOrDefaultAsync(cancellationToken) ?? batch.DistrictCode;

        var rows = new List<PayoutLedgerRow>();
        var lines = new List<PayoutLedgerLine>();
        foreach (var award in awards)
        {
            var enterprise = enterprises[award.EnterpriseId];
            var amount = batch.Items.First(item => item.AwardId == award.Id).Amount;
            var row = new PayoutLedgerRow(rows.Count + 1, enterprise.Name, enterprise.CreditCode,
                enterprise.BankName ?? string.Empty, enterprise.BankAccountName ?? string.Empty,
                enterprise.BankAccountNumber ?? string.Empty, award.Programme, award.Quantity, amount);
            rows.Add(row);
            lines.AddRange(award.Lines.OrderBy(line => line.Id).Select(line => new PayoutLedgerLine(row.Number,
                enterprise.Name, award.Programme, line.PersonName, line.IdNumber, line.Phone ?? string.Empty,
                line.Month, line.Amount)));
        }

        return new PayoutLedger(batch.BatchNumber, districtName, generatedAt, rows, lines);
    }
}
