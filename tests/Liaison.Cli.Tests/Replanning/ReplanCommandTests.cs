using Liaison.Domain;
using Liaison.Domain.Programmes;
using Liaison.Interchange;
using NodaTime.Text;

namespace Liaison.Cli.Tests.Replanning;

/// <summary><c>liaison replan</c> end to end on the Marrakech sample, and its handling of bad input.</summary>
public sealed class ReplanCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _scenarioPath = CliHarness.SampleScenario();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void KeepsEveryMeetingTheChangesDoNotTouch()
    {
        var scenario = ScenarioFile.Read(_scenarioPath);
        var previous = Plan(scenario);
        var cancelled = previous.Meetings.Select(m => m.RequestId).Take(2).ToList();
        var late = previous.Meetings.OrderBy(m => m.Time.Start).Skip(2).First().ParticipantIds.First(id => scenario.Participant(id) is Delegation);
        var arrival = LocalDateTimePattern.GeneralIso.Format(scenario.Event.Days[1].Date + scenario.Event.Days[1].Start)[..16];
        var changes = _folder.WriteFile("changes.json", $$"""
            { "formatVersion": 1, "changes": [
              { "kind": "cancellation", "request": "{{cancelled[0]}}" },
              { "kind": "cancellation", "request": "{{cancelled[1]}}" },
              { "kind": "lateArrival", "delegation": "{{late}}", "arrival": "{{arrival}}" } ] }
            """);

        var outcome = CliHarness.Run("replan", _scenarioPath, "--previous", _folder.Combine("v1", "programme.json"), "--changes", changes,
            "--out", _folder.Combine("v2"), "--time-limit", "5");

        Assert.Equal(0, outcome.ExitCode);
        var after = ProgrammeFiles.ReadJson(ScenarioFile.Read(_scenarioPath), _folder.Combine("v2", "programme.json")).Meetings.ToDictionary(m => m.RequestId);
        var untouched = previous.Meetings.Where(m => !cancelled.Contains(m.RequestId) && !m.ParticipantIds.Contains(late)).ToList();
        Assert.NotEmpty(untouched);
        Assert.All(untouched, m => Assert.Equal((m.Time, m.RoomId), (after[m.RequestId].Time, after[m.RequestId].RoomId)));
        Assert.DoesNotContain(cancelled, after.ContainsKey);
        Assert.Contains(outcome.Lines, l => l.StartsWith($"  {cancelled[0]} (", StringComparison.Ordinal) && l.Contains("Its request is cancelled", StringComparison.Ordinal));
        Assert.Matches(@"^placed \d+ of 41 requests \((optimal|gap [0-9.]+%)\), moved \d+ meetings?$", outcome.LastLine);
    }

    [Fact]
    public void BadChangesFileExitsWithEveryProblemAndWritesNothing()
    {
        Plan(ScenarioFile.Read(_scenarioPath));
        var changes = _folder.WriteFile("changes.json", """
            { "formatVersion": 1, "changes": [
              { "kind": "cancellation", "request": "R404" },
              { "kind": "roomLost", "room": "atlas", "from": "2024-12-01T09:00" },
              { "kind": "teleport", "delegation": "del-pl" } ] }
            """);

        var outcome = CliHarness.Run("replan", _scenarioPath, "--previous", _folder.Combine("v1", "programme.json"), "--changes", changes, "--out", _folder.Combine("v2"));

        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal(
            [
                $"{changes}: $.changes[0].request: unknown request 'R404'. Fix: use the id of an entry of the scenario's $.requests.",
                $"{changes}: $.changes[1].from: 2024-12-01T09:00 is outside the event, which runs from 2024-11-24T08:30 (Africa/Casablanca) to 2024-11-27T19:30 (Africa/Casablanca). Fix: give an event-local time within the scenario's working days ($.event.days).",
            ],
            outcome.ErrorLines.Take(2));
        Assert.StartsWith($"{changes}: $.changes[2].kind: 'teleport' is not a kind of change", outcome.ErrorLines[2], StringComparison.Ordinal);
        Assert.Empty(outcome.Output);
        Assert.DoesNotContain(_folder.Listing(), entry => entry.StartsWith("v2", StringComparison.Ordinal) || entry.StartsWith(".v2", StringComparison.Ordinal));
    }

    [Fact]
    public void MissingPreviousProgrammeAndChangesAreBothReported()
    {
        var outcome = CliHarness.Run("replan", _scenarioPath, "--previous", _folder.Combine("none.json"), "--changes", _folder.Combine("nochanges.json"), "--out", _folder.Combine("v2"));

        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal([$"{_folder.Combine("none.json")}: no such file.", $"{_folder.Combine("nochanges.json")}: no such file."], outcome.ErrorLines.Take(2).Select(l => l[..(l.IndexOf(':', StringComparison.Ordinal) + 1)] + " no such file."));
        Assert.Empty(outcome.Output);
        Assert.Empty(_folder.Listing());
    }

    private Programme Plan(Scenario scenario)
    {
        var outcome = CliHarness.Run("plan", _scenarioPath, "--out", _folder.Combine("v1"), "--time-limit", "5");
        Assert.Equal(0, outcome.ExitCode);
        return ProgrammeFiles.ReadJson(scenario, _folder.Combine("v1", "programme.json"));
    }
}
