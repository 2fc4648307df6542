using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Liaison.Benchmarks.OptaPlanner;
using Liaison.Benchmarks.OptaPlanner.Scoring;
using Liaison.Benchmarks.Tests.OptaPlanner;
using Liaison.Cli;
using Spectre.Console;

namespace Liaison.Benchmarks.Tests.Cli;

/// <summary><c>liaison bench optaplanner</c>, run in-process on a non-interactive console as when piped.</summary>
public sealed partial class BenchOptaPlannerCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void SolvesTheFiftyMeetingInstanceWithoutHardPenaltyAndPrintsTheScoreItsFilesRescoreTo()
    {
        var outDir = folder.File("opta50");

        var (exitCode, output) = Run("bench", "optaplanner", BenchmarkFiles.Fifty, "--time-limit", "4", "--out", outDir);

        Assert.True(exitCode == ExitCode.Success, output);
        var printed = ScoreLine().Match(output);
        Assert.True(printed.Success, output);
        var score = new Score(Number(printed, "hard"), Number(printed, "medium"), Number(printed, "soft"));
        Assert.Equal(0, score.Hard);

        var solved = MeetingWorkbookReader.Read(Path.Combine(outDir, SolutionFiles.WorkbookFileName));
        var placements = solved.CompletePlacements!;
        Assert.Equal(score, ScoreCalculator.Calculate(solved.Problem, placements));

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, SolutionFiles.JsonFileName)));
        var written = json.RootElement.GetProperty("score");
        Assert.Equal(score, new Score(written.GetProperty("hard").GetInt64(), written.GetProperty("medium").GetInt64(), written.GetProperty("soft").GetInt64()));
        var assignments = json.RootElement.GetProperty("assignments").EnumerateArray().ToList();
        Assert.Equal(Enumerable.Range(1, 50), assignments.Select(a => a.GetProperty("meeting").GetInt32()));
        for (var i = 0; i < assignments.Count; i++)
        {
            var grain = solved.Problem.Grains[placements[i].Grain];
            Assert.Equal(solved.Problem.Days[grain.Day].Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), assignments[i].GetProperty("day").GetString());
            Assert.Equal(grain.Start.ToString("HH:mm", CultureInfo.InvariantCulture), assignments[i].GetProperty("start").GetString());
            Assert.Equal(solved.Problem.Rooms[placements[i].Room].Name, assignments[i].GetProperty("room").GetString());
        }
    }

    [Fact]
    public void ExitsWithTwoAndEveryProblemOfABadWorkbookWritingNothing()
    {
        var path = new TestWorkbook().Meeting(new(20, Required: "Ann, Zed")).Save(folder);
        var outDir = folder.File("out");

        var (exitCode, output) = Run("bench", "optaplanner", path, "--time-limit", "1", "--out", outDir);

        Assert.Equal(ExitCode.BadInput, exitCode);
        Assert.DoesNotContain("Solving", output, StringComparison.Ordinal);
        Assert.Contains($"{path}: sheet Meetings, row 2, column C (Duration): 20 minutes is not a multiple of 15. Fix: ", output, StringComparison.Ordinal);
        Assert.Contains($"{path}: sheet Meetings, row 2, column F (Required attendance list): 'Zed' is not in sheet Persons. Fix: ", output, StringComparison.Ordinal);
        Assert.Equal([path], Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public void ExitsWithTwoForAMissingWorkbookSayingWhereTheInstancesAreExpected()
    {
        var missing = folder.File("absent.xlsx");

        var (exitCode, output) = Run("bench", "optaplanner", missing, "--out", folder.File("out"));

        Assert.Equal(ExitCode.BadInput, exitCode);
        Assert.Equal(
            $"{missing}: no such file. Fix: OptaPlanner's instances are expected in shared/benchmarks/optaplanner-meetingscheduling/ beside the repository "
            + "(../shared/benchmarks/optaplanner-meetingscheduling/ from its root); pass the path of one of their .xlsx files, such as 50meetings-160timegrains-5rooms.xlsx.",
            output.TrimEnd());
    }

    private static (int ExitCode, string Output) Run(params string[] args)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        var exitCode = LiaisonApp.Run(args, console, writer, TimeProvider.System);
        return (exitCode, writer.ToString());
    }

    private static long Number(Match match, string level) => long.Parse(match.Groups[level].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<hard>-?\d+)hard/(?<medium>-?\d+)medium/(?<soft>-?\d+)soft$", RegexOptions.Multiline)]
    private static partial Regex ScoreLine();
}
