using Liaison.Cli.Replanning;
using Liaison.Domain.Changes;
using Liaison.Domain.Programmes;
using Liaison.Interchange;
using Liaison.Interchange.Changes;

namespace Liaison.Cli.Tests.Replanning;

/// <summary><c>liaison replan</c> with the sample changes file (samples/marrakech-2024/changes.json) that the README and the hints name.</summary>
public sealed class ReplanSampleChangesTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _scenarioPath = CliHarness.SampleScenario();
    private readonly string _changesPath = Path.Combine(CliHarness.RepositoryRoot(), ReplanCommand.SampleChanges);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void MovesOnlyTheMeetingsTheSampleChangesForce()
    {
        var scenario = ScenarioFile.Read(_scenarioPath);
        var changes = ChangesFile.Read(scenario, _changesPath);
        var previous = PlanTheSample();

        var outcome = Replan(_folder.Combine("v2"));

        Assert.Equal(0, outcome.ExitCode);
        var after = ProgrammeFiles.ReadJson(ScenarioChanges.Apply(scenario, changes), _folder.Combine("v2", "programme.json")).Meetings.ToDictionary(m => m.RequestId);
        var unforced = previous.Meetings.Where(m => !IsForced(m, changes)).ToList();
        Assert.All(unforced, m => Assert.Equal((m.Time, m.RoomId), (after[m.RequestId].Time, after[m.RequestId].RoomId)));
        var moved = previous.Meetings.Where(m => after.TryGetValue(m.RequestId, out var now) && (now.Time, now.RoomId) != (m.Time, m.RoomId)).ToList();
        Assert.All(moved, m => Assert.True(IsForced(m, changes), $"{m.RequestId} moved though no change forces it"));
        Assert.Contains("R44", after.Keys);
        Assert.DoesNotContain("R05", after.Keys);
        Assert.Matches(@"^placed \d+ of 43 requests \((optimal|gap [0-9.]+%)\), moved \d+ meetings?$", outcome.LastLine);
    }

    [Fact]
    public void PrintsEveryChangeBeforeThePlannerStarts()
    {
        PlanTheSample();

        var outcome = Replan(_folder.Combine("v2"));

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(
            ["Change: request R05 cancelled", "Change: delegation del-ar arrives late: from Mon 25 Nov 14:00 (Africa/Casablanca)", "Change: room koutoubia lost", "Change: new request R44 by del-tr"],
            outcome.Lines.Take(4));
        Assert.StartsWith("Planning 43 requests", outcome.Lines[4], StringComparison.Ordinal);
    }

    [Fact]
    public void RefusesToWriteIntoTheFolderOfTheProgrammeInForce()
    {
        PlanTheSample();
        var inForce = _folder.Combine("v1", "programme.json");
        var before = File.ReadAllBytes(inForce);

        var outcome = Replan(_folder.Combine("v1") + Path.DirectorySeparatorChar);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal(
            $"--out {_folder.Combine("v1")}{Path.DirectorySeparatorChar}: is the folder of the programme in force (--previous {inForce}); the new files would replace it. "
            + "Fix: choose a new folder for the re-planned programme, e.g. out/marrakech-v2.",
            outcome.LastErrorLine);
        Assert.Empty(outcome.Output);
        Assert.Equal(before, File.ReadAllBytes(inForce));
        Assert.Equal(["v1", Path.Combine("v1", "programme.csv"), Path.Combine("v1", "programme.ics"), Path.Combine("v1", "programme.json")], _folder.Listing());
    }

    [Fact]
    public void MissingChangesFileFixNamesASampleThatExists()
    {
        var missing = _folder.Combine("changes.json");

        var outcome = CliHarness.Run("replan", _scenarioPath, "--previous", _folder.Combine("none.json"), "--changes", missing, "--out", _folder.Combine("v2"));

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains($"{missing}: no such file. Fix: check the path, e.g. samples/marrakech-2024/changes.json from the repository root.", outcome.ErrorLines);
        Assert.True(File.Exists(_changesPath));
    }

    /// <summary>Whether a change moves or drops <paramref name="meeting"/> of its own accord (its request, its delegation's new arrival, its room).</summary>
    private static bool IsForced(ScheduledMeeting meeting, IReadOnlyList<ScenarioChange> changes) => changes.Any(change => change switch
    {
        RequestCancelled cancelled => cancelled.RequestId == meeting.RequestId,
        DelegationArrivesLate late => meeting.ParticipantIds.Contains(late.DelegationId) && meeting.Time.Start < late.Arrival,
        RoomLost lost => lost.RoomId == meeting.RoomId,
        _ => false,
    });

    private Programme PlanTheSample()
    {
        var outcome = CliHarness.Run("plan", _scenarioPath, "--out", _folder.Combine("v1"), "--time-limit", "5");
        Assert.Equal(0, outcome.ExitCode);
        return ProgrammeFiles.ReadJson(ScenarioFile.Read(_scenarioPath), _folder.Combine("v1", "programme.json"));
    }

    private CliOutcome Replan(string outPath) =>
        CliHarness.Run("replan", _scenarioPath, "--previous", _folder.Combine("v1", "programme.json"), "--changes", _changesPath, "--out", outPath, "--time-limit", "5");
}
