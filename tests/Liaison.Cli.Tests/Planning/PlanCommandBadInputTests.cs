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
            Assert.Contains(outcome.Lines, line =>
                line.StartsWith($"{scenario}: {path}: ", StringComparison.Ordinal) && line.Contains(". Fix: ", StringComparison.Ordinal)));
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
        Assert.Equal($"{missing}: no such file. Fix: check the path, e.g. samples/marrakech-2024/scenario.json from the repository root.", outcome.LastLine);
        Assert.Empty(_folder.Listing());
    }

    [Fact]
    public void RefusesAnOutPathThatIsAFile()
    {
        var scenario = _folder.WriteFile("scenario.json", ScenarioJson.Valid());
        var file = _folder.WriteFile("taken", "keep me");

        var outcome = CliHarness.Run(CliHarness.PlaceNothing, "plan", scenario, "--out", file);

        Assert.Equal(ExitCode.BadInput, outcome.ExitCode);
        Assert.StartsWith($"{file}: is a file, not a folder.", outcome.LastLine, StringComparison.Ordinal);
        Assert.Equal("keep me", File.ReadAllText(file));
        Assert.Equal(["scenario.json", "taken"], _folder.Listing());
    }

    [Theory]
    [InlineData("Option '--out' is required.", "plan", "SCENARIO")]
    [InlineData("--time-limit must be a positive number of seconds.", "plan", "SCENARIO", "--out", "out", "--time-limit", "0")]
    [InlineData("Required command was not provided.")]
    public void RejectsBadArguments(string message, params string[] args)
    {
        var outcome = CliHarness.Run(CliHarness.PlaceNothing, args);

        Assert.Equal(ExitCode.BadInput, outcome.ExitCode);
        Assert.Contains($"liaison: {message}", outcome.Lines);
        Assert.Empty(_folder.Listing());
    }

    public void Dispose() => _folder.Dispose();
}
