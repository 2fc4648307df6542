using ClosedXML.Excel;
using Liaison.Benchmarks.OptaPlanner;

namespace Liaison.Benchmarks.Tests.OptaPlanner;

/// <summary>
/// Builds a small workbook in the OptaPlanner layout. Defaults: every weight 0; two days,
/// "Sat 2022-01-01" 08:00-11:00 with lunch at 09:00 (grains 0-3 = 08:00-08:45, 4-7 = 10:00-10:45) and
/// "Sun 2022-01-02" 08:00-09:00 (grains 8-11 = 08:00-08:45), 12 grains in all; rooms Big (10) and Small (2);
/// persons Ann, Bob, Cy and Dee.
/// </summary>
internal sealed class TestWorkbook
{
    public Dictionary<string, object> Weights { get; } = ConstraintWeights.Names.ToDictionary(n => n, _ => (object)0);

    public List<string[]> Days { get; } =
    [
        ["Sat 2022-01-01", "08:00", "11:00", "09:00"],
        ["Sun 2022-01-02", "08:00", "09:00", "12:00"],
    ];

    public List<(string Name, object Capacity)> Rooms { get; } = [("Big", 10), ("Small", 2)];

    public List<string> Persons { get; } = ["Ann", "Bob", "Cy", "Dee"];

    public List<MeetingRow> Meetings { get; } = [];

    public HashSet<string> LeftOutSheets { get; } = [];

    public TestWorkbook Weight(string constraint, int weight)
    {
        Weights[constraint] = weight;
        return this;
    }

    public TestWorkbook Meeting(MeetingRow row)
    {
        Meetings.Add(row);
        return this;
    }

    public string Save(TempFolder folder, string name = "instance.xlsx")
    {
        using var workbook = new XLWorkbook();
        Sheet(workbook, "Configuration", ["Constraint", "Weight", "Description"],
            Weights.Select(w => new object[] { w.Key, w.Value, string.Empty }));
        Sheet(workbook, "Days", ["Day", "Start", "End", "Lunch hour start time"], Days.Select(d => d.Cast<object>().ToArray()));
        Sheet(workbook, "Rooms", ["Name", "Capacity"], Rooms.Select(r => new object[] { r.Name, r.Capacity }));
        Sheet(workbook, "Persons", ["Full name"], Persons.Select(p => new object[] { p }));
        Sheet(workbook, "Meetings",
            ["Topic", "Group", "Duration", "Speakers", "Content", "Required attendance list", "Preferred attendance list", "Day", "Starting time", "Room"],
            Meetings.Select(m => new[] { m.Topic, string.Empty, m.Duration, m.Speakers, string.Empty, m.Required, m.Preferred, m.Day, m.Start, m.Room }));
        var path = folder.File(name);
        workbook.SaveAs(path);
        return path;
    }

    private void Sheet(XLWorkbook workbook, string name, string[] headers, IEnumerable<object[]> rows)
    {
        if (LeftOutSheets.Contains(name))
        {
            return;
        }

        var sheet = workbook.AddWorksheet(name);
        for (var col = 0; col < headers.Length; col++)
        {
            sheet.Cell(1, col + 1).SetValue(headers[col]);
        }

        var row = 2;
        foreach (var values in rows)
        {
            for (var col = 0; col < values.Length; col++)
            {
                var cell = sheet.Cell(row, col + 1);
                if (values[col] is int number)
                {
                    cell.SetValue(number);
                }
                else
                {
                    cell.SetValue(values[col].ToString());
                }
            }

            row++;
        }
    }
}
