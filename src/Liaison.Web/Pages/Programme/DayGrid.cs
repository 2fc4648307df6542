using NodaTime;

namespace Liaison.Web.Pages.Programme;

/// <summary>
/// One day of the programme as a table: event-local times down (rows of <see cref="RowMinutes"/>),
/// one column per principal or room across, each meeting in the row it starts in and spanning the
/// rows it lasts. Built once; immutable; thread-safe.
/// </summary>
public sealed class DayGrid
{
    private readonly Dictionary<(int Row, int Column), GridMeeting> _starts = [];
    private readonly HashSet<(int Row, int Column)> _covered = [];

    /// <summary>Lays out <paramref name="meetings"/> over the working hours of one day.</summary>
    /// <param name="day">Event-local date.</param>
    /// <param name="start">Event-local start of the working hours.</param>
    /// <param name="end">Event-local end of the working hours.</param>
    /// <param name="zone">The event's zone.</param>
    /// <param name="columns">Column keys (principal scenario ids or room ids), in order.</param>
    /// <param name="meetings">Meetings with the column key each belongs to (a meeting may belong to several).</param>
    /// <param name="stepMinutes">The event's planning step; rows are 15 minutes when every meeting fits them, else this.</param>
    public DayGrid(LocalDate day, LocalTime start, LocalTime end, DateTimeZone zone, IReadOnlyList<string> columns,
        IReadOnlyList<(GridMeeting Meeting, string Column)> meetings, int stepMinutes)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(meetings);
        var local = meetings.Select(m => (m.Meeting, m.Column, Start: m.Meeting.Meeting.Start.InZone(zone).LocalDateTime, End: m.Meeting.Meeting.End.InZone(zone).LocalDateTime))
            .Where(m => m.Start.Date == day).ToList();
        RowMinutes = local.All(m => m.Start.Minute % 15 == 0 && m.End.Minute % 15 == 0) && 15 % stepMinutes == 0 ? 15 : stepMinutes;
        var rows = new List<LocalTime>();
        for (var t = start; t < end && rows.Count < 24 * 60; t = t.PlusMinutes(RowMinutes))
        {
            rows.Add(t);
        }

        Rows = rows;
        Columns = columns;
        foreach (var m in local)
        {
            var column = columns.ToList().IndexOf(m.Column);
            var row = (int)Period.Between(start, m.Start.TimeOfDay, PeriodUnits.Minutes).Minutes / RowMinutes;
            var span = Math.Max(1, (int)Period.Between(m.Start, m.End, PeriodUnits.Minutes).Minutes / RowMinutes);
            if (column < 0 || row < 0 || row >= rows.Count || _covered.Contains((row, column)) || _starts.ContainsKey((row, column)))
            {
                continue;
            }

            _starts[(row, column)] = m.Meeting;
            Spans[(row, column)] = Math.Min(span, rows.Count - row);
            for (var covered = row + 1; covered < row + span && covered < rows.Count; covered++)
            {
                _covered.Add((covered, column));
            }
        }
    }

    /// <summary>Minutes per row.</summary>
    public int RowMinutes { get; }

    /// <summary>Event-local start of each row.</summary>
    public IReadOnlyList<LocalTime> Rows { get; }

    /// <summary>Column keys, in order.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>Rows each meeting spans, by its starting cell.</summary>
    public Dictionary<(int Row, int Column), int> Spans { get; } = [];

    /// <summary>The meeting starting in the cell, if any.</summary>
    /// <param name="row">Row index.</param>
    /// <param name="column">Column index.</param>
    public GridMeeting? StartingAt(int row, int column) => _starts.GetValueOrDefault((row, column));

    /// <summary>Whether a meeting that started in an earlier row still fills the cell (the table leaves it out).</summary>
    /// <param name="row">Row index.</param>
    /// <param name="column">Column index.</param>
    public bool IsCovered(int row, int column) => _covered.Contains((row, column));
}
