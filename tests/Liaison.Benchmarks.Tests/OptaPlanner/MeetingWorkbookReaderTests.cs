using Liaison.Benchmarks.OptaPlanner;
using Liaison.Interchange;
using NodaTime;

namespace Liaison.Benchmarks.Tests.OptaPlanner;

public sealed class MeetingWorkbookReaderTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void ReadsThePublishedFiftyMeetingInstanceIntoOneHundredAndSixtyGrains()
    {
        var read = MeetingWorkbookReader.Read(BenchmarkFiles.Fifty);
        var problem = read.Problem;

        // Four days of 08:00-18:00 less lunch (36 grains each) and Wednesday 08:00-12:00 (16): 160, as the file name says.
        Assert.Equal(160, problem.Grains.Count);
        Assert.Equal(50, problem.Meetings.Count);
        Assert.Equal(["R 1", "R 2", "R 3", "R 4", "R 5"], problem.Rooms.Select(r => r.Name));
        Assert.Equal(new LocalDate(2022, 1, 5), problem.Days[^1].Date);
        Assert.Equal(new LocalTime(13, 0), problem.Grains[16].Start);
        Assert.Equal(100, problem.Weights.OneTimeGrainBreak);
        Assert.Equal(10, problem.Weights.OverlappingMeetings);
        var first = problem.Meetings[0];
        Assert.Equal((1, 3), (first.Row, first.DurationGrains));
        Assert.Equal(["Dan Li", "Amy Jones"], first.Required.Select(p => problem.Persons[p]));
        Assert.Equal(["Hugo Rye", "Jay Watt", "Dan Poe"], first.Preferred.Select(p => problem.Persons[p]));
        Assert.All(read.Placements, p => Assert.Null(p));
    }

    [Fact]
    public void RejectsAWorkbookMissingASheetNamingTheSheet()
    {
        var workbook = new TestWorkbook().Meeting(new(30, Required: "Ann"));
        workbook.LeftOutSheets.Add("Rooms");

        var problem = Assert.Single(Problems(workbook));

        Assert.Equal("sheet Rooms", problem.Location);
        Assert.Contains("missing", problem.Message, StringComparison.Ordinal);
        Assert.Contains("'Rooms'", problem.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsADurationThatIsNotAMultipleOfFifteenMinutes()
    {
        var problem = Assert.Single(Problems(new TestWorkbook().Meeting(new(30, Required: "Ann")).Meeting(new(40, Required: "Bob"))));

        Assert.Equal("sheet Meetings, row 3, column C (Duration)", problem.Location);
        Assert.Contains("40 minutes is not a multiple of 15", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsADurationThatIsNotANumber()
    {
        var problem = Assert.Single(Problems(new TestWorkbook().Meeting(new("an hour", Required: "Ann"))));

        Assert.Equal("sheet Meetings, row 2, column C (Duration)", problem.Location);
        Assert.Contains("'an hour' is not a number", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsAnUnknownPersonInAnAttendanceList()
    {
        var problem = Assert.Single(Problems(new TestWorkbook().Meeting(new(30, Required: "Ann", Preferred: "Bob, Zed"))));

        Assert.Equal("sheet Meetings, row 2, column G (Preferred attendance list)", problem.Location);
        Assert.Contains("'Zed' is not in sheet Persons", problem.Message, StringComparison.Ordinal);
        Assert.Contains("add the person to sheet Persons", problem.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsADayWhoseWeekdayDoesNotMatchItsDate()
    {
        var workbook = new TestWorkbook().Meeting(new(30, Required: "Ann"));
        workbook.Days[1][0] = "Mon 2022-01-02";

        var problem = Assert.Single(Problems(workbook));

        Assert.Equal("sheet Days, row 3, column A (Day)", problem.Location);
        Assert.Contains("'Mon 2022-01-02'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportsEveryProblemOfTheWorkbookAtOnce()
    {
        var workbook = new TestWorkbook()
            .Meeting(new(25, Required: "Ann, Nobody"))
            .Meeting(new(30, Required: "Bob", Day: "Sat 2022-01-01", Start: "09:15", Room: "Attic"));
        workbook.Days[0][0] = "2022-13-01";
        workbook.Weights.Remove("Room stability");

        var locations = Problems(workbook).Select(p => p.Location).ToList();

        Assert.Equal(
        [
            "sheet Configuration",
            "sheet Days, row 2, column A (Day)",
            "sheet Meetings, row 2, column C (Duration)",
            "sheet Meetings, row 2, column F (Required attendance list)",
            "sheet Meetings, row 3, column H (Day)",
            "sheet Meetings, row 3, column J (Room)",
        ], locations);
    }

    [Fact]
    public void RejectsAStartingTimeThatIsNotAGrainOfTheDay()
    {
        // 09:15 falls in Saturday's lunch hour (09:00-10:00), so no grain starts then.
        var problem = Assert.Single(Problems(new TestWorkbook().Meeting(new(30, Required: "Ann", Day: "Sat 2022-01-01", Start: "09:15", Room: "Big"))));

        Assert.Equal("sheet Meetings, row 2, column I (Starting time)", problem.Location);
    }

    [Fact]
    public void RejectsAFileThatIsNotAWorkbook()
    {
        var path = folder.File("notes.xlsx");
        File.WriteAllText(path, "not a zip");

        var problem = Assert.Single(Assert.Throws<InvalidFileException>(() => MeetingWorkbookReader.Read(path)).Problems);

        Assert.Equal("whole file", problem.Location);
    }

    private IReadOnlyList<FileProblem> Problems(TestWorkbook workbook)
    {
        var path = workbook.Save(folder);
        var error = Assert.Throws<InvalidFileException>(() => MeetingWorkbookReader.Read(path));
        Assert.All(error.Problems, p => Assert.Equal(path, p.File));
        return error.Problems;
    }
}
