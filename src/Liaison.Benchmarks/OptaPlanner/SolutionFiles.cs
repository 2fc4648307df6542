using System.Text.Json;
using System.Text.Json.Serialization;
using ClosedXML.Excel;
using NodaTime.Text;

namespace Liaison.Benchmarks.OptaPlanner;

/// <summary>
/// Writes a solution as <c>solution.json</c> and as a copy of the input workbook with the Meetings sheet's day,
/// starting time and room columns filled (text cells, in the input's formats: the day as written in sheet Days,
/// the time as <c>HH:MM</c>, the room's name). Stateless and thread-safe (distinct streams).
/// </summary>
public static class SolutionFiles
{
    /// <summary>The JSON file's name inside the output folder.</summary>
    public const string JsonFileName = "solution.json";

    /// <summary>The solved workbook's name inside the output folder.</summary>
    public const string WorkbookFileName = "solution.xlsx";

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };

    /// <summary>Writes <c>solution.json</c>: <c>{"assignments": [{"meeting", "day", "start", "room"}], "score": {"hard", "medium", "soft"}}</c>.</summary>
    /// <param name="solved">The solved instance.</param>
    /// <param name="stream">Where to write (UTF-8, left open).</param>
    public static void WriteJson(SolvedInstance solved, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(solved);
        var score = solved.Score;
        var document = new SolutionDocument(
            [.. Rows(solved).Select(r => new AssignmentDocument(r.Row, LocalDatePattern.Iso.Format(r.Day.Date), r.Start, r.Room))],
            new ScoreDocument(score.Hard, score.Medium, score.Soft));
        JsonSerializer.Serialize(stream, document, JsonOptions);
    }

    /// <summary>Writes a copy of the input workbook with the Meetings sheet's day, starting time and room filled.</summary>
    /// <param name="workbookPath">The input workbook (read, never modified).</param>
    /// <param name="solved">The instance read from it, solved.</param>
    /// <param name="stream">Where to write the .xlsx (may be write-only; left open).</param>
    public static void WriteWorkbook(string workbookPath, SolvedInstance solved, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(solved);
        using var workbook = new XLWorkbook(workbookPath);
        var sheet = workbook.Worksheet("Meetings");
        foreach (var row in Rows(solved))
        {
            SetText(sheet.Cell(row.Row + 1, 8), row.Day.Label);
            SetText(sheet.Cell(row.Row + 1, 9), row.Start);
            SetText(sheet.Cell(row.Row + 1, 10), row.Room);
        }

        // ClosedXML reads back what it writes: save to memory, then copy, so write-only streams work too.
        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        buffer.Position = 0;
        buffer.CopyTo(stream);
    }

    // SetValue(string) stores a text cell; assigning Value would let ClosedXML 0.95 turn "08:00" into a time.
    private static void SetText(IXLCell cell, string text) => cell.SetValue(text);

    private static IEnumerable<(int Row, MeetingDay Day, string Start, string Room)> Rows(SolvedInstance solved) =>
        solved.Problem.Meetings.Select((meeting, i) =>
        {
            var at = solved.Placements[i];
            var grain = solved.Problem.Grains[at.Grain];
            return (meeting.Row, solved.Problem.Days[grain.Day], MeetingWorkbookReader.TimePattern.Format(grain.Start), solved.Problem.Rooms[at.Room].Name);
        });

    private sealed record SolutionDocument(
        [property: JsonPropertyName("assignments")] IReadOnlyList<AssignmentDocument> Assignments,
        [property: JsonPropertyName("score")] ScoreDocument Score);

    private sealed record AssignmentDocument(
        [property: JsonPropertyName("meeting")] int Meeting,
        [property: JsonPropertyName("day")] string Day,
        [property: JsonPropertyName("start")] string Start,
        [property: JsonPropertyName("room")] string Room);

    private sealed record ScoreDocument(
        [property: JsonPropertyName("hard")] long Hard,
        [property: JsonPropertyName("medium")] long Medium,
        [property: JsonPropertyName("soft")] long Soft);
}
