using System.IO.Compression;
using System.Text;
using ClosedXML.Excel;
using TrainingSubsidy.Core.OnlineTraining;
using TrainingSubsidy.Core.Spreadsheets;

namespace TrainingSubsidy.Tests.Spreadsheets;

public sealed class SpreadsheetHelperTests
{
    [Theory]
    [InlineData("2020-03-05")]
    [InlineData("2020/3/5")]
    [InlineData("2020.3.5")]
    [InlineData("2020年3月5日")]
    [InlineData("２０２０年３月５日")]
    [InlineData(" 2020-3-05 ")]
    public void DateTextFormatsParse(string text)
    {
        Assert.True(SpreadsheetDates.TryParse(text, out var date));
        Assert.Equal(new DateOnly(2020, 3, 5), date);
    }

    [Theory]
    [InlineData("2020-02-30")]
    [InlineData("2020-13-01")]
    [InlineData("2020-03")]
    [InlineData("2020/3-5")]
    [InlineData("3/5/2020")]
    [InlineData("")]
    public void InvalidDateTextIsRejected(string text)
    {
        Assert.False(SpreadsheetDates.TryParse(text, out _));
    }

    [Fact]
    public void SerialNumberBecomesDate()
    {
        Assert.True(SpreadsheetDates.TryFromSerial(43895, out var date));
        Assert.Equal(new DateOnly(2020, 3, 5), date);
        Assert.False(SpreadsheetDates.TryFromSerial(43895.5, out _));
        Assert.False(SpreadsheetDates.TryFromSerial(0, out _));
    }

    [Fact]
    public void DateCellsOfEveryKindAreRead()
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("日期");
        sheet.Cell(1, 1).SetValue(new DateTime(2020, 3, 5));
        sheet.Cell(2, 1).SetValue(43895d);
        sheet.Cell(3, 1).SetValue("2020年3月5日");

        for (var row = 1; row <= 3; row++)
        {
            Assert.True(SpreadsheetDates.TryRead(sheet.Cell(row, 1), out var date), $"row {row}");
            Assert.Equal(new DateOnly(2020, 3, 5), date);
        }

        Assert.False(SpreadsheetDates.TryRead(sheet.Cell(4, 1), out _));
    }

    [Fact]
    public void XlsxIsRecognisedByContent()
    {
        Assert.True(XlsxContent.IsXlsx(TraineeTemplate.Build()));
        Assert.False(XlsxContent.IsXlsx(Encoding.ASCII.GetBytes("%PDF-1.7")));
        Assert.False(XlsxContent.IsXlsx([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]));
        Assert.False(XlsxContent.IsXlsx([]));
    }

    [Fact]
    public void ZipWithoutWorkbookIsNotXlsx()
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            archive.CreateEntry("readme.txt");
        }

        Assert.False(XlsxContent.IsXlsx(stream.ToArray()));
    }

    [Fact]
    public void HeaderRowIsFoundUnderTitleAndNotes()
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("名单");
        sheet.Range(1, 1, 1, 3).Merge().Value = "参训职工名单";
        sheet.Cell(2, 1).Value = "填表说明：身份证号请用文本格式";
        sheet.Cell(3, 2).Value = "* 姓名";
        sheet.Cell(3, 3).Value = "身份证号";

        var header = SheetLayout.FindHeaderRow(sheet, ["姓名", "身份证号"]);

        Assert.NotNull(header);
        Assert.Equal(3, header.RowNumber);
        Assert.Equal(2, header.ColumnOf("姓名"));
        Assert.Equal(3, header.ColumnOf("身份证号"));
    }

    [Fact]
    public void FirstVisibleSheetSkipsHidden()
    {
        using var workbook = new XLWorkbook();
        workbook.AddWorksheet("隐藏").Visibility = XLWorksheetVisibility.Hidden;
        workbook.AddWorksheet("名单");

        Assert.Equal("名单", SheetLayout.FirstVisibleSheet(workbook)?.Name);
    }

    [Fact]
    public void LongNumberCellReadsWithoutExponent()
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("名单");
        sheet.Cell(1, 1).SetValue(13812345678d);
        sheet.Cell(2, 1).SetValue("12010119900101123X");

        var number = CellReader.Read(sheet.Cell(1, 1));
        var text = CellReader.Read(sheet.Cell(2, 1));

        Assert.Equal("13812345678", number.Text);
        Assert.True(number.IsNumber);
        Assert.False(text.IsNumber);
        Assert.True(CellReader.Read(sheet.Cell(3, 1)).IsBlank);
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("abc", 3)]
    [InlineData("身份证号", 8)]
    [InlineData("王𠮷", 4)]
    [InlineData("ＡＢ", 4)]
    public void DisplayWidthCountsCjkDouble(string text, int expected)
    {
        Assert.Equal(expected, SheetFormatting.DisplayWidth(text));
    }

    [Fact]
    public void TemplateHasTextColumnsListsAndInstructions()
    {
        using var workbook = new XLWorkbook(new MemoryStream(TraineeTemplate.Build()));
        var roster = workbook.Worksheet(TraineeTemplate.RosterSheetName);

        Assert.Equal(SheetFormatting.TextFormat, roster.Cell(3, 2).Style.NumberFormat.Format);
        Assert.Equal(SheetFormatting.TextFormat, roster.Cell(3, 4).Style.NumberFormat.Format);
        Assert.Equal(2, roster.DataValidations.Count());
        Assert.Equal(TraineeTemplate.Headers, TraineeTemplate.Headers.Select((_, i) => roster.Cell(2, i + 1).GetString()));
        Assert.True(workbook.TryGetWorksheet(TraineeTemplate.InstructionsSheetName, out _));
        Assert.True(roster.Column(2).Width >= SheetFormatting.DisplayWidth("12010119900101123X"));
    }
}
