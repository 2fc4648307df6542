using System.Globalization;
using ClosedXML.Excel;
using Liaison.Interchange;

namespace Liaison.Benchmarks.OptaPlanner;

/// <summary>Reads typed cells of one sheet and records every problem with its sheet, row and column.</summary>
internal sealed class SheetCells(string file, IXLWorksheet sheet, IReadOnlyList<string> headers, List<FileProblem> problems)
{
    public string Name => sheet.Name;

    public int LastRow => sheet.LastRowUsed()?.RowNumber() ?? 0;

    /// <summary>Checks row 1 holds the expected headers; returns false (and records why) when it does not.</summary>
    public bool HasHeaders(int headerRow = 1)
    {
        var ok = true;
        for (var col = 1; col <= headers.Count; col++)
        {
            var text = sheet.Cell(headerRow, col).GetString().Trim();
            if (!string.Equals(text, headers[col - 1], StringComparison.OrdinalIgnoreCase))
            {
                Report(headerRow, col, $"header is '{text}', expected '{headers[col - 1]}'",
                    $"put the OptaPlanner layout's header '{headers[col - 1]}' in this cell");
                ok = false;
            }
        }

        return ok;
    }

    public bool IsBlankRow(int row) =>
        Enumerable.Range(1, headers.Count).All(col => sheet.Cell(row, col).GetString().Trim().Length == 0);

    public string Text(int row, int col) => sheet.Cell(row, col).GetString().Trim();

    public string? RequiredText(int row, int col, string fix)
    {
        var text = Text(row, col);
        if (text.Length == 0)
        {
            Report(row, col, "is empty", fix);
            return null;
        }

        return text;
    }

    /// <summary>A whole number written as a number (or numeric text), at least <paramref name="minimum"/>.</summary>
    public int? WholeNumber(int row, int col, int minimum, string fix)
    {
        var cell = sheet.Cell(row, col);
        double value;
        if (cell.DataType == XLDataType.Number)
        {
            value = cell.GetDouble();
        }
        else if (!double.TryParse(cell.GetString().Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            Report(row, col, $"'{cell.GetString()}' is not a number", fix);
            return null;
        }

        if (value != Math.Floor(value) || value < minimum || value > int.MaxValue)
        {
            Report(row, col, string.Create(CultureInfo.InvariantCulture, $"{value} is not a whole number of at least {minimum}"), fix);
            return null;
        }

        return (int)value;
    }

    public void Report(int row, int col, string message, string fix) =>
        problems.Add(new FileProblem(file, Location(row, col), message, fix));

    public void ReportSheet(string message, string fix) =>
        problems.Add(new FileProblem(file, $"sheet {sheet.Name}", message, fix));

    private string Location(int row, int col)
    {
        var letter = XLHelper.GetColumnLetterFromNumber(col);
        var header = col <= headers.Count ? $" ({headers[col - 1]})" : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"sheet {sheet.Name}, row {row}, column {letter}{header}");
    }
}
