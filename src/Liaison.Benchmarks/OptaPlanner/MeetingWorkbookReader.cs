using ClosedXML.Excel;
using Liaison.Interchange;
using NodaTime;
using NodaTime.Text;

namespace Liaison.Benchmarks.OptaPlanner;

/// <summary>
/// Reads an OptaPlanner meeting-scheduling workbook (layout in the benchmark's README: sheets Configuration, Days,
/// Rooms, Persons and Meetings; the other sheets are views and are ignored). Stateless and thread-safe.
/// </summary>
public static class MeetingWorkbookReader
{
    internal static readonly LocalTimePattern TimePattern = LocalTimePattern.CreateWithInvariantCulture("HH':'mm");
    private static readonly LocalDatePattern DayPattern = LocalDatePattern.CreateWithInvariantCulture("ddd uuuu'-'MM'-'dd");

    /// <summary>Reads and checks the workbook.</summary>
    /// <param name="path">Path of the .xlsx file.</param>
    /// <returns>The instance and any placements its Meetings sheet already holds.</returns>
    /// <exception cref="InvalidFileException">
    /// When the file cannot be opened or breaks the layout; it lists every problem found, each with
    /// "sheet S, row R, column C (Header)" and the fix.
    /// </exception>
    public static MeetingWorkbook Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        XLWorkbook workbook;
        try
        {
            workbook = new XLWorkbook(path);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException
            or FormatException or InvalidOperationException or ArgumentException)
        {
            throw new InvalidFileException([new FileProblem(path, "whole file", $"cannot be opened as an .xlsx workbook ({e.Message})",
                "give the path of an OptaPlanner meeting-scheduling .xlsx workbook")]);
        }

        using (workbook)
        {
            return Read(path, workbook);
        }
    }

    private static MeetingWorkbook Read(string path, XLWorkbook workbook)
    {
        var problems = new List<FileProblem>();
        SheetCells? Sheet(string name, params string[] headers)
        {
            if (workbook.TryGetWorksheet(name, out var sheet))
            {
                return new SheetCells(path, sheet, headers, problems);
            }

            problems.Add(new FileProblem(path, $"sheet {name}", "is missing",
                $"add a sheet named '{name}' laid out as in OptaPlanner's meeting-scheduling workbooks"));
            return null;
        }

        var config = Sheet("Configuration", "Constraint", "Weight", "Description");
        var daysSheet = Sheet("Days", "Day", "Start", "End", "Lunch hour start time");
        var roomsSheet = Sheet("Rooms", "Name", "Capacity");
        var personsSheet = Sheet("Persons", "Full name");
        var meetingsSheet = Sheet("Meetings", MeetingRowReader.Headers);

        var weights = config is null ? null : ReadWeights(config);
        var days = daysSheet is null ? [] : ReadDays(daysSheet);
        var rooms = roomsSheet is null ? [] : ReadRooms(roomsSheet);
        var persons = personsSheet is null ? [] : ReadPersons(personsSheet);
        var problemWithoutMeetings = new MeetingProblem(days, rooms, persons, [], weights ?? ConstraintWeights.FromList(new int[12]));
        var rows = meetingsSheet is null ? [] : new MeetingRowReader(meetingsSheet, problemWithoutMeetings).ReadAll();

        if (problems.Count > 0)
        {
            throw new InvalidFileException(problems);
        }

        var problem = new MeetingProblem(days, rooms, persons, [.. rows.Select(r => r.Meeting)], weights!);
        return new MeetingWorkbook(problem, [.. rows.Select(r => r.Placement)]);
    }

    private static ConstraintWeights? ReadWeights(SheetCells sheet)
    {
        var found = new int?[ConstraintWeights.Names.Count];
        for (var row = 1; row <= sheet.LastRow; row++)
        {
            var index = IndexOf(ConstraintWeights.Names, sheet.Text(row, 1));
            if (index < 0)
            {
                continue;
            }

            if (found[index] is not null)
            {
                sheet.Report(row, 1, $"constraint '{ConstraintWeights.Names[index]}' is listed a second time", "delete one of the two rows");
                continue;
            }

            found[index] = sheet.WholeNumber(row, 2, 0, "write the weight as a whole number, 0 or more") ?? 0;
        }

        for (var i = 0; i < found.Length; i++)
        {
            if (found[i] is null)
            {
                sheet.ReportSheet($"has no row for constraint '{ConstraintWeights.Names[i]}'",
                    $"add a row with '{ConstraintWeights.Names[i]}' in column A and its weight in column B");
            }
        }

        return found.All(w => w.HasValue) ? ConstraintWeights.FromList([.. found.Select(w => w!.Value)]) : null;
    }

    private static List<MeetingDay> ReadDays(SheetCells sheet)
    {
        var days = new List<MeetingDay>();
        if (!sheet.HasHeaders())
        {
            return days;
        }

        for (var row = 2; row <= sheet.LastRow; row++)
        {
            if (sheet.IsBlankRow(row))
            {
                continue;
            }

            var label = sheet.Text(row, 1);
            var date = DayPattern.Parse(label);
            if (!date.Success)
            {
                sheet.Report(row, 1, $"'{label}' is not a day such as 'Sat 2022-01-01' ({date.Exception.Message.Split('\n')[0].Trim()})",
                    "write the weekday's three letters, a space and the date as YYYY-MM-DD, the weekday matching the date");
            }
            else if (days.Count > 0 && date.Value <= days[^1].Date)
            {
                sheet.Report(row, 1, $"{label} does not come after the day above it", "list the days in calendar order, each once");
            }

            var start = Time(sheet, row, 2);
            var end = Time(sheet, row, 3);
            var lunch = Time(sheet, row, 4);
            if (start is { } s && end is { } e && s >= e)
            {
                sheet.Report(row, 3, "the day ends before it starts", "make the end later than the start");
            }

            if (date.Success && start is not null && end is not null && lunch is not null)
            {
                days.Add(new MeetingDay(date.Value, label, start.Value, end.Value, lunch.Value));
            }
        }

        if (days.Count == 0)
        {
            sheet.ReportSheet("lists no valid day", "add one row per day below the header");
        }

        return days;
    }

    private static LocalTime? Time(SheetCells sheet, int row, int col)
    {
        var text = sheet.Text(row, col);
        var time = TimePattern.Parse(text);
        if (time.Success && time.Value.Minute % MeetingProblem.GrainMinutes == 0)
        {
            return time.Value;
        }

        sheet.Report(row, col, $"'{text}' is not a time HH:MM on a quarter hour", "write the time as text such as 08:00 or 12:15");
        return null;
    }

    private static List<MeetingRoom> ReadRooms(SheetCells sheet)
    {
        var rooms = new List<MeetingRoom>();
        if (!sheet.HasHeaders())
        {
            return rooms;
        }

        for (var row = 2; row <= sheet.LastRow; row++)
        {
            if (sheet.IsBlankRow(row))
            {
                continue;
            }

            var name = sheet.RequiredText(row, 1, "give the room a name");
            var capacity = sheet.WholeNumber(row, 2, 1, "write the capacity as a whole number of seats, 1 or more");
            if (name is not null && rooms.Any(r => r.Name == name))
            {
                sheet.Report(row, 1, $"room '{name}' is listed a second time", "give each room a distinct name");
            }
            else if (name is not null && capacity is not null)
            {
                rooms.Add(new MeetingRoom(name, capacity.Value));
            }
        }

        if (rooms.Count == 0)
        {
            sheet.ReportSheet("lists no valid room", "add one row per room below the header");
        }

        return rooms;
    }

    private static List<string> ReadPersons(SheetCells sheet)
    {
        var persons = new List<string>();
        if (!sheet.HasHeaders())
        {
            return persons;
        }

        for (var row = 2; row <= sheet.LastRow; row++)
        {
            var name = sheet.Text(row, 1);
            if (name.Length == 0)
            {
                continue;
            }

            if (persons.Contains(name))
            {
                sheet.Report(row, 1, $"person '{name}' is listed a second time", "list each person once");
            }
            else
            {
                persons.Add(name);
            }
        }

        return persons;
    }

    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i], name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
