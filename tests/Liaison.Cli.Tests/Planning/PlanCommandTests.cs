using Liaison.Domain;
using Liaison.Scheduling;

namespace Liaison.Cli.Tests.Planning;

/// <summary><c>liaison plan</c> with a stand-in planner: files replaced only when complete, internal faults, progress text.</summary>
public sealed class PlanCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void ReplacesTheProgrammeFilesOfAnExistingFolderAndKeepsOthers()
    {
        var scenario = _folder.WriteFile("scenario.json", ScenarioJson.Valid());
        Directory.CreateDirectory(_folder.Combine("out"));
        _folder.WriteFile(Path.Combine("out", "programme.json"), "old");
        _folder.WriteFile(Path.Combine("out", "notes.txt"), "mine");

        var outcome = CliHarness.Run(CliHarness.PlaceNothing, "plan", scenario, "--out", _folder.Combine("out"));

        Assert.Equal(ExitCode.Success, outcome.ExitCode);
        Assert.NotEqual("old", File.ReadAllText(_folder.Combine("out", "programme.json")));
        Assert.Equal("mine", File.ReadAllText(_folder.Combine("out", "notes.txt")));
        Assert.Equal(
            ["out", "out/notes.txt", "out/programme.csv", "out/programme.ics", "out/programme.json", "scenario.json"],
            _folder.Listing().Select(p => p.Replace(Path.DirectorySeparatorChar, '/')));
    }

    [Fact]
    public void ListsUnplacedRequestsWithTheirReasonsAndClosesWithTheCount()
    {
        var scenario = _folder.WriteFile("scenario.json", ScenarioJson.Valid());

        var outcome = CliHarness.Run(CliHarness.PlaceNothing, "plan", scenario, "--out", _folder.Combine("out"));

        Assert.Contains(outcome.Lines, l => l.Contains("R1", StringComparison.Ordinal) && l.Contains("Norway (NO), Police Commissioner", StringComparison.Ordinal) && l.Contains("crowded out: Test stand-in.", StringComparison.Ordinal));
        Assert.Contains(outcome.Lines, l => l.Contains("R2", StringComparison.Ordinal) && l.Contains("Senegal (SN), Director General of Police", StringComparison.Ordinal));
        Assert.Equal("placed 0 of 2 requests (optimal)", outcome.LastLine);
        Assert.Empty(outcome.Errors);
    }

    [Fact]
    public void PassesTheTimeLimitToThePlanner()
    {
        var scenario = _folder.WriteFile("scenario.json", ScenarioJson.Valid());
        var seen = TimeSpan.Zero;
        PlanResult Spy(Scenario s, PlannerOptions options, IProgress<PlannerProgress>? progress, CancellationToken token)
        {
            seen = options.TimeLimit;
            return CliHarness.PlaceNothing(s, options, progress, token);
        }

        CliHarness.Run(Spy, "plan", scenario, "--out", _folder.Combine("out"), "--time-limit", "7");

        Assert.Equal(TimeSpan.FromSeconds(7), seen);
    }

    [Fact]
    public void PrintsEachPhaseChangeAsAPlainLineWhenOutputIsRedirected()
    {
        var scenario = _folder.WriteFile("scenario.json", ScenarioJson.Valid());
        static PlanResult Reporting(Scenario s, PlannerOptions options, IProgress<PlannerProgress>? progress, CancellationToken token)
        {
            progress!.Report(new PlannerProgress(TimeSpan.FromSeconds(1), PlannerPhase.PlacingRequests, 100, 139));
            progress.Report(new PlannerProgress(TimeSpan.FromSeconds(2), PlannerPhase.PlacingRequests, 139, 139));
            progress.Report(new PlannerProgress(TimeSpan.FromSeconds(3), PlannerPhase.CompactingDays, 139, 139));
            progress.Report(new PlannerProgress(TimeSpan.FromSeconds(4), PlannerPhase.CompactingDays, 139, 139));
            progress.Report(new PlannerProgress(TimeSpan.FromSeconds(5), PlannerPhase.Done, 139, 139));
            return CliHarness.PlaceNothing(s, options, progress, token);
        }

        var outcome = CliHarness.Run(Reporting, "plan", scenario, "--out", _folder.Combine("out"));

        Assert.Equal(
            ["[1.0 s] placing requests...", "[3.0 s] placing requests done, proven optimal: 139 of bound 139; compacting days...", "[5.0 s] compacting days done, proven optimal: 139 of bound 139."],
            outcome.Lines.Where(l => l.Contains("placing", StringComparison.Ordinal) || l.Contains("compacting", StringComparison.Ordinal)));
    }

    [Fact]
    public void HandsTheStopSignalToThePlannerAndKeepsWhatItReturns()
    {
        var scenario = _folder.WriteFile("scenario.json", ScenarioJson.Valid());
        using var stop = new CancellationTokenSource();
        stop.Cancel();
        var stopped = false;
        PlanResult Spy(Scenario s, PlannerOptions options, IProgress<PlannerProgress>? progress, CancellationToken token)
        {
            stopped = token.IsCancellationRequested;
            return CliHarness.PlaceNothing(s, options, progress, token);
        }

        var outcome = CliHarness.Run(new CliServices(TimeProvider.System, Spy, Debug: false, stop.Token), "plan", scenario, "--out", _folder.Combine("out"));

        Assert.True(stopped);
        Assert.Equal(ExitCode.Success, outcome.ExitCode);
        Assert.True(File.Exists(_folder.Combine("out", "programme.json")));
    }

    [Fact]
    public void ReportsAPlannerFaultInOneLineWithExitCode1AndWritesNothing()
    {
        var scenario = _folder.WriteFile("scenario.json", ScenarioJson.Valid());

        var outcome = CliHarness.Run(Explode, "plan", scenario, "--out", _folder.Combine("out", "x"));

        Assert.Equal(ExitCode.InternalFault, outcome.ExitCode);
        Assert.Equal(
            "liaison: internal fault (InvalidOperationException): the solver broke. Run again with --verbose or LIAISON_DEBUG=1 for the details.",
            outcome.LastErrorLine);
        Assert.DoesNotContain("internal fault", outcome.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(outcome.ErrorLines, l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal));
        Assert.DoesNotContain(_folder.Listing(), p => p.Contains("programme", StringComparison.Ordinal) || p.Contains("liaison-", StringComparison.Ordinal));
    }

    [Fact]
    public void PrintsTheStackTraceOfAFaultWhenVerbose()
    {
        var scenario = _folder.WriteFile("scenario.json", ScenarioJson.Valid());

        var outcome = CliHarness.Run(Explode, "plan", scenario, "--out", _folder.Combine("out"), "--verbose");

        Assert.Equal(ExitCode.InternalFault, outcome.ExitCode);
        Assert.Contains("liaison: internal fault (InvalidOperationException): the solver broke.", outcome.ErrorLines);
        Assert.Contains(outcome.ErrorLines, l => l.TrimStart().StartsWith($"at {typeof(PlanCommandTests).FullName}", StringComparison.Ordinal));
    }

    public void Dispose() => _folder.Dispose();

    private static PlanResult Explode(Scenario scenario, PlannerOptions options, IProgress<PlannerProgress>? progress, CancellationToken token) =>
        throw new InvalidOperationException("the solver broke");
}
