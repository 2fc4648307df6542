using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Liaison.Domain.Programmes;
using Liaison.Interchange;

namespace Liaison.Cli.Tests.Planning;

/// <summary><c>liaison plan samples/marrakech-2024/scenario.json --out DIR</c>, end to end with the real planner and writers.</summary>
public sealed class PlanCommandSampleTests(SampleRun run) : IClassFixture<SampleRun>
{
    [Fact]
    public void ExitsWithSuccess() =>
        Assert.True(run.Outcome.ExitCode == ExitCode.Success, run.Outcome.Output);

    [Fact]
    public void ClosesWithAll43RequestsPlaced() =>
        Assert.Matches(new Regex(@"^placed 43 of 43 requests \((optimal|gap \d+\.\d%)\)$"), run.Outcome.LastLine);

    [Fact]
    public void WritesTheThreeFiles() =>
        Assert.Equal(["programme.csv", "programme.ics", "programme.json"],
            Directory.EnumerateFileSystemEntries(run.OutFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal));

    [Fact]
    public void LeavesNoStagingFolderBehind() =>
        Assert.Equal(["marrakech"], Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(run.OutFolder)!).Select(Path.GetFileName));

    [Fact]
    public void WritesJsonWith43MeetingsAtUtcPlusOne()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(run.File("programme.json")));
        var meetings = json.RootElement.GetProperty("meetings").EnumerateArray().ToList();

        Assert.Equal("Africa/Casablanca", json.RootElement.GetProperty("timeZone").GetString());
        Assert.Equal(43, meetings.Count);
        Assert.All(meetings, m =>
        {
            Assert.EndsWith("+01:00", m.GetProperty("start").GetString(), StringComparison.Ordinal);
            Assert.EndsWith("+01:00", m.GetProperty("end").GetString(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void WritesAProgrammeThatTheValidatorAccepts()
    {
        var scenario = ScenarioFile.Read(CliHarness.SampleScenario());

        var programme = ProgrammeFiles.ReadJson(scenario, run.File("programme.json"));

        Assert.Empty(ProgrammeValidator.Check(scenario, programme));
        Assert.Equal(43, programme.Meetings.Count);
    }

    [Fact]
    public void WritesCsvWithByteOrderMarkAndCalendarWithOneEventPerMeeting()
    {
        var csv = File.ReadAllBytes(run.File("programme.csv"));
        var calendar = File.ReadAllText(run.File("programme.ics"));

        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), csv.Take(3));
        Assert.Equal(43, Regex.Count(calendar, "^BEGIN:VEVENT", RegexOptions.Multiline));
    }

    [Fact]
    public void PrintsEachDayOfTheDirectorGeneralWithTheZoneLabelled()
    {
        Assert.Contains(run.Outcome.Lines, l => l.Contains("Director General", StringComparison.Ordinal));
        Assert.Contains(run.Outcome.Lines, l => Regex.IsMatch(l,
            @"^(Sunday 24|Monday 25|Tuesday 26|Wednesday 27) November 2024 · Africa/Casablanca \(UTC\+01:00\)$"));
    }

    [Fact]
    public void PrintsNoControlCodesWhenOutputIsNotATerminal() =>
        Assert.DoesNotContain('\u001b', run.Outcome.Output);
}
