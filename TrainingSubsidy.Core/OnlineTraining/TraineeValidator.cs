using TrainingSubsidy.Core.Validation;

namespace TrainingSubsidy.Core.OnlineTraining;

/// <summary>
/// Checks trainee rows, entered by hand or imported: a valid resident ID number, at least
/// <see cref="MinimumAge"/> on the first training day, a mobile or Tianjin landline phone, insured, and no ID number
/// twice in the list. Column names are the template's headers so messages name the column the user filled in.
/// </summary>
public static class TraineeValidator
{
    public const int MinimumAge = 16;

    public const string NameColumn = "姓名";
    public const string IdNumberColumn = "身份证号";
    public const string PostColumn = "岗位";
    public const string PhoneColumn = "联系电话";
    public const string EmploymentTypeColumn = "用工形式";
    public const string InsuredColumn = "是否参保";

    /// <summary>
    /// Validates one row and returns the trainee, or null after adding the row's errors. <paramref name="rowNumber"/>
    /// is what messages show: the list position or the spreadsheet row.
    /// </summary>
    public static Trainee? ValidateRow(
        TraineeInput input,
        string? sheet,
        int rowNumber,
        DateOnly? trainingStart,
        DateOnly today,
        int sortOrder,
        List<RowError> errors)
    {
        var before = errors.Count;
        var name = TextNormalizer.NormalizeText(input.Name);
        if (name.Length is < 2 or > 50)
        {
            errors.Add(new RowError(sheet, rowNumber, NameColumn, $"姓名“{input.Name}”应为2至50个字。"));
        }

        ResidentIdNumber id = default;
        var idIsValid = ResidentIdNumber.TryParse(input.IdNumber, today, out id, out var idError);
        if (!idIsValid)
        {
            errors.Add(new RowError(sheet, rowNumber, IdNumberColumn, idError));
        }
        else if (trainingStart is null)
        {
            errors.Add(new RowError(sheet, rowNumber, IdNumberColumn,
                "无法核对年龄：请先在第1步填写培训开始日期。"));
        }
        else if (id.AgeOn(trainingStart.Value) < MinimumAge)
        {
            errors.Add(new RowError(sheet, rowNumber, IdNumberColumn,
                $"身份证号{id.Masked}的出生日期为{id.BirthDate:yyyy-MM-dd}，培训开始日{trainingStart:yyyy-MM-dd}未满{MinimumAge}周岁，不能参加补贴培训。"));
        }

        var post = TextNormalizer.NormalizeText(input.Post);
        if (post.Length is 0 or > 100)
        {
            errors.Add(new RowError(sheet, rowNumber, PostColumn, "请填写职工所在岗位（不超过100个字），如“焊工”“质检员”。"));
        }

        var phoneIsValid = PhoneNumber.TryParse(input.Phone, out var phone, out var phoneError);
        if (!phoneIsValid)
        {
            errors.Add(new RowError(sheet, rowNumber, PhoneColumn, phoneError));
        }

        if (input.EmploymentType is null)
        {
            errors.Add(new RowError(sheet, rowNumber, EmploymentTypeColumn, "请选择用工形式：正式或劳务派遣。"));
        }

        if (input.IsInsured is null)
        {
            errors.Add(new RowError(sheet, rowNumber, InsuredColumn, "请填写是否参保：是或否。"));
        }
        else if (input.IsInsured == false)
        {
            errors.Add(new RowError(sheet, rowNumber, InsuredColumn,
                "线上职业技能培训补贴只面向参保职工；未参保的职工请从名单中删除。"));
        }

        if (errors.Count > before)
        {
            return null;
        }

        return new Trainee(name, id.Value, post, phone.Value, input.EmploymentType!.Value, true, sortOrder);
    }

    /// <summary>
    /// Adds an error for each row whose ID number already appeared in an earlier row or in
    /// <paramref name="existingIdNumbers"/>; rows with an invalid ID number are skipped here.
    /// </summary>
    public static void AddDuplicateErrors(
        IReadOnlyList<(int RowNumber, string? IdNumber)> rows,
        string? sheet,
        IReadOnlyCollection<string> existingIdNumbers,
        DateOnly today,
        List<RowError> errors)
    {
        var firstRowById = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (rowNumber, idNumber) in rows)
        {
            if (!ResidentIdNumber.TryParse(idNumber, today, out var id, out _))
            {
                continue;
            }

            if (existingIdNumbers.Contains(id.Value))
            {
                errors.Add(new RowError(sheet, rowNumber, IdNumberColumn,
                    $"身份证号{id.Masked}已在本计划的参训职工名单中，请勿重复添加。"));
            }
            else if (firstRowById.TryGetValue(id.Value, out var firstRow))
            {
                errors.Add(new RowError(sheet, rowNumber, IdNumberColumn,
                    $"身份证号{id.Masked}与第{firstRow}行重复，同一职工只能列入一次。"));
            }
            else
            {
                firstRowById[id.Value] = rowNumber;
            }
        }
    }

    /// <summary>Validates a whole list entered by hand; row numbers are list positions from 1.</summary>
    public static IReadOnlyList<Trainee> ValidateList(
        IReadOnlyList<TraineeInput> inputs,
        DateOnly? trainingStart,
        DateOnly today,
        List<RowError> errors)
    {
        var trainees = new List<Trainee>();
        for (var index = 0; index < inputs.Count; index++)
        {
            var trainee = ValidateRow(inputs[index], null, index + 1, trainingStart, today, index, errors);
            if (trainee is not null)
            {
                trainees.Add(trainee);
            }
        }

        var ids = inputs.Select((input, index) => (index + 1, input.IdNumber)).ToList();
        AddDuplicateErrors(ids, null, [], today, errors);
        return errors.Count == 0 ? trainees : [];
    }

    public static TraineeInput ToInput(Trainee trainee) => new()
    {
        Name = trainee.Name,
        IdNumber = trainee.IdNumber,
        Post = trainee.Post,
        Phone = trainee.Phone,
        EmploymentType = trainee.EmploymentType,
        IsInsured = trainee.IsInsured,
    };
}
