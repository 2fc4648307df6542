using System.Text.Json;
using System.Text.Json.Serialization;
using ClosedXML.Excel;
using NodaTime.Text;

namespace Liaison.Benchmarks.OptaPlanner;

/// <summary>
/// Writes a solution as <c>solution.json</c> and as a copy of the input workbook with the Meetings sheet's day,
/// starting time and room columns filled (text cells, in the input's formats: the day as written in sheet Days,
/// the time as <c>HH:MM</c>, the room's name). Stateless and thread-safe (distinct output folders).
/// </summary>
public static class SolutionFiles
{
    /// <summary>The JSON file's name inside the output folder.</summary>
    public const string JsonFileName = "solution.json";

    /// <summary>The solved workbook's name inside the output folder.</summary>
    public const string WorkbookFileName = "solution.xlsx";

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };

    /// <summary>Writes both files, creating <paramref name="outDir"/> when needed and replacing earlier files.</summary>
    /// <param name="workbookPath">The input workbook (copied, never modified).</param>
    /// <param name="problem">The instance read from it.</param>
    /// <param name="placements">One placement per meeting, in sheet order.</param>
    /// <param name="score">The referee's score of the placements.</param>
    /// <param name="outDir">The output folder.</param>
    /// <exception cref="IOException">When a file cannot be written.</exception>
    public static void Write(string workbookPath, MeetingProblem problem, IReadOnlyList<Placement> placements, Score score, string outDir)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(placements);
        Directory.CreateDirectory(outDir);
        var rows = problem.Meetings.Select((meeting, i) => Describe(problem, meeting, placements[i])).ToList();
        var document = new SolutionDocument(
            [.. rows.Select(r => new AssignmentDocument(r.Row, LocalDatePattern.Iso.Format(r.Day.Date), r.Start, r.Room))],
            new ScoreDocument(score.Hard, score.Medium, score.Soft));
        File.WriteAllText(Path.Combine(outDir, JsonFileName), JsonSerializer.Serialize(document, JsonOptions));

        using var workbook = new XLWorkbook(workbookPath);
        var sheet = workbook.Worksheet("Meetings");
        foreach (var row in rows)
        {
            SetText(sheet.Cell(row.Row + 1, 8), row.Day.Label);
            SetText(sheet.Cell(row.Row + 1, 9), row.Start);
            SetText(sheet.Cell(row.Row + 1, 10), row.Room);
        }

        workbook.SaveAs(Path.Combine(outDir, WorkbookFileName));
    }

    // SetValue(string) stores a text cell; assigning Value would let ClosedXML 0.95 turn "08:00" into a time.
    private static void SetText(IXLCell cell, string text) => cell.SetValue(text);

    private static (int Row, MeetingDay Day, string Start, string Room) Describe(MeetingProblem problem, Meeting meeting, Placement at)
    {
        var grain = problem.Grains[at.Grain];
        return (meeting.Row, problem.Days[grain.Day], MeetingWorkbookReader.TimePattern.Format(grain.Start), problem.Rooms[at.Room].Name);
    }

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
