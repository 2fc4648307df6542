namespace Liaison.Cli.Tests.Planning;

/// <summary><c>liaison plan</c> on input it cannot use: exit code 2, every problem printed, nothing written.</summary>
public sealed class PlanCommandBadInputTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void PrintsEveryProblemOfABadScenarioWithFileAndJsonPath()
    {
        var scenario = _folder.WriteFile("bad.json", ScenarioJson.WithThreeProblems());

        var outcome = CliHarness.Run(CliHarness.PlaceNothing, "plan", scenario, "--out", _folder.Combine("out"));

        Assert.Equal(ExitCode.BadInput, outcome.ExitCode);
        Assert.All(["$.requests[0].durationMinutes", "$.requests[1].invitees[0]", "$.requests[2].priority"], path =>
            Assert.Contains(outcome.ErrorLines, line =>
                line.StartsWith($"{scenario}: {path}: ", StringComparison.Ordinal) && line.Contains(". Fix: ", StringComparison.Ordinal)));
        Assert.DoesNotContain(scenario, outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void CreatesNoOutFolderForABadScenario()
    {
        var scenario = _folder.WriteFile("bad.json", ScenarioJson.WithThreeProblems());

        CliHarness.Run(CliHarness.PlaceNothing, "plan", scenario, "--out", _folder.Combine("out", "marrakech"));

        Assert.Equal(["bad.json"], _folder.Listing());
    }

    [Fact]
    public void LeavesAnExistingOutFolderUntouchedForABadScenario()
    {
        var scenario = _folder.WriteFile("bad.json", ScenarioJson.WithThreeProblems());
        Directory.CreateDirectory(_folder.Combine("out"));
        var previous = _folder.WriteFile(Path.Combine("out", "programme.json"), "{\"previous\": true}");

        CliHarness.Run(CliHarness.PlaceNothing, "plan", scenario, "--out", _folder.Combine("out"));

        Assert.Equal("{\"previous\": true}", File.ReadAllText(previous));
        Assert.Equal(["bad.json", "out", Path.Combine("out", "programme.json")], _folder.Listing());
    }

    [Fact]
    public void ReportsAMissingScenarioFileByName()
    {
        var missing = _folder.Combine("nowhere.json");

        var outcome = CliHarness.Run(CliHarness.PlaceNothing, "plan", missing, "--out", _folder.Combine("out"));

        Assert.Equal(ExitCode.BadInput, outcome.ExitCode);
        Assert.Equal($"{missing}: no such file. Fix: check the path, e.g. samples/marrakech-2024/scenario.json from the repository root.", outcome.LastErrorLine);
        Assert.Empty(_folder.Listing());
    }

    [Fact]
    public void RefusesAnOutPathThatIsAFile()
    {
        var scenario = _folder.WriteFile("scenario.json", ScenarioJson.Valid());
        var file = _folder.WriteFile("taken", "keep me");

        var outcome = CliHarness.Run(CliHarness.PlaceNothing, "plan", scenario, "--out", file);

        Assert.Equal(ExitCode.BadInput, outcome.ExitCode);
        Assert.StartsWith($"{file}: is a file, not a folder.", outcome.LastErrorLine, StringComparison.Ordinal);
        Assert.Equal("keep me", File.ReadAllText(file));
        Assert.Equal(["scenario.json", "taken"], _folder.Listing());
    }

    [Theory]
    [InlineData("Option '--out' is required.", "plan", "SCENARIO")]
    [InlineData(TimeLimitProblem, "plan", "SCENARIO", "--out", "out", "--time-limit", "0")]
    [InlineData(TimeLimitProblem, "plan", "SCENARIO", "--out", "out", "--time-limit", "abc")]
    [InlineData(TimeLimitProblem, "plan", "SCENARIO", "--out", "out", "--time-limit", "1.5")]
    [InlineData(TimeLimitProblem, "plan", "SCENARIO", "--out", "out", "--time-limit", "99999999999")]
    [InlineData(TimeLimitProblem, "plan", "SCENARIO", "--out", "out", "--time-limit", "-3")]
    [InlineData(TimeLimitProblem, "plan", "SCENARIO", "--out", "out", "--time-limit", "86401")]
    [InlineData("--out must name a folder, e.g. out/marrakech.", "plan", "SCENARIO", "--out", "")]
    [InlineData("Required command was not provided.")]
    public void RejectsBadArguments(string message, params string[] args)
    {
        var outcome = CliHarness.Run(CliHarness.PlaceNothing, args);

        Assert.Equal(ExitCode.BadInput, outcome.ExitCode);
        Assert.Contains($"liaison: {message}", outcome.ErrorLines);
        Assert.Empty(outcome.Output);
        Assert.Empty(_folder.Listing());
    }

    [Fact]
    public void AcceptsTheLongestTimeLimit()
    {
        var scenario = _folder.WriteFile("scenario.json", ScenarioJson.Valid());

        var outcome = CliHarness.Run(CliHarness.PlaceNothing, "plan", scenario, "--out", _folder.Combine("out"), "--time-limit", "86400");

        Assert.Equal(ExitCode.Success, outcome.ExitCode);
    }

    public void Dispose() => _folder.Dispose();

    private const string TimeLimitProblem = "--time-limit must be a whole number of seconds from 1 to 86400, e.g. 30.";
}
