using System.Globalization;

namespace Liaison.Benchmarks.OptaPlanner;

/// <summary>Reads the data rows of the Meetings sheet against the days, rooms and persons already read.</summary>
internal sealed class MeetingRowReader(SheetCells sheet, MeetingProblem context)
{
    public static readonly string[] Headers =
    [
        "Topic", "Group", "Duration", "Speakers", "Content", "Required attendance list",
        "Preferred attendance list", "Day", "Starting time", "Room",
    ];

    private const int DurationColumn = 3;
    private const int SpeakersColumn = 4;
    private const int RequiredColumn = 6;
    private const int PreferredColumn = 7;
    private const int DayColumn = 8;
    private const int StartColumn = 9;
    private const int RoomColumn = 10;

    public List<(Meeting Meeting, Placement? Placement)> ReadAll()
    {
        var rows = new List<(Meeting, Placement?)>();
        if (!sheet.HasHeaders())
        {
            return rows;
        }

        for (var row = 2; row <= sheet.LastRow; row++)
        {
            if (!sheet.IsBlankRow(row))
            {
                rows.Add(ReadRow(row));
            }
        }

        if (rows.Count == 0)
        {
            sheet.ReportSheet("lists no meeting", "add one row per meeting below the header");
        }

        return rows;
    }

    private (Meeting, Placement?) ReadRow(int row)
    {
        var minutes = sheet.WholeNumber(row, DurationColumn, MeetingProblem.GrainMinutes,
            "write the duration in minutes as a whole number, a multiple of 15 such as 45");
        if (minutes is { } given && given % MeetingProblem.GrainMinutes != 0)
        {
            sheet.Report(row, DurationColumn, string.Create(CultureInfo.InvariantCulture, $"{given} minutes is not a multiple of 15"),
                "round the duration to a multiple of 15 minutes");
        }

        var speakers = Names(row, SpeakersColumn);
        var required = Names(row, RequiredColumn);
        var preferred = Names(row, PreferredColumn);
        var requiredAll = speakers.Union(required).ToList();
        foreach (var person in preferred.Intersect(requiredAll))
        {
            sheet.Report(row, PreferredColumn, $"'{context.Persons[person]}' is also required (or a speaker) in this meeting",
                "list each person once per meeting: remove the name from the preferred list or from the required one");
        }

        var duration = (minutes ?? MeetingProblem.GrainMinutes) / MeetingProblem.GrainMinutes;
        var meeting = new Meeting(row - 1, sheet.Text(row, 1), duration, requiredAll, preferred);
        return (meeting, ReadPlacement(row, duration));
    }

    private List<int> Names(int row, int col)
    {
        var indices = new List<int>();
        foreach (var name in sheet.Text(row, col).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var index = IndexOf(context.Persons, name);
            if (index < 0)
            {
                sheet.Report(row, col, $"'{name}' is not in sheet Persons", "add the person to sheet Persons or correct the name's spelling");
            }
            else if (indices.Contains(index))
            {
                sheet.Report(row, col, $"'{name}' is listed twice", "list each person once, names separated by ', '");
            }
            else
            {
                indices.Add(index);
            }
        }

        return indices;
    }

    private Placement? ReadPlacement(int row, int duration)
    {
        var day = sheet.Text(row, DayColumn);
        var start = sheet.Text(row, StartColumn);
        var room = sheet.Text(row, RoomColumn);
        if (day.Length == 0 && start.Length == 0 && room.Length == 0)
        {
            return null;
        }

        var dayIndex = IndexOf([.. context.Days.Select(d => d.Label)], day);
        if (dayIndex < 0)
        {
            sheet.Report(row, DayColumn, $"'{day}' is not a day of sheet Days", "copy the day's cell from sheet Days, or leave day, starting time and room all empty");
        }

        var time = MeetingWorkbookReader.TimePattern.Parse(start);
        var grain = dayIndex < 0 || !time.Success
            ? null
            : context.Grains.FirstOrDefault(g => g.Day == dayIndex && g.Start == time.Value);
        if (dayIndex >= 0 && grain is null)
        {
            sheet.Report(row, StartColumn, $"'{start}' is not the start of a 15-minute grain on {day}",
                "write a quarter-hour HH:MM within the day's hours and outside its lunch hour");
        }

        var roomIndex = IndexOf([.. context.Rooms.Select(r => r.Name)], room);
        if (roomIndex < 0)
        {
            sheet.Report(row, RoomColumn, $"'{room}' is not a room of sheet Rooms", "write a room name from sheet Rooms");
        }

        return grain is null || roomIndex < 0 || duration <= 0 ? null : new Placement(grain.Index, roomIndex);
    }

    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
