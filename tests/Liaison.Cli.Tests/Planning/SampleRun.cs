namespace Liaison.Cli.Tests.Planning;

/// <summary>One run of <c>liaison plan</c> on the Marrakech 2024 sample, shared by the tests of one class and removed afterwards.</summary>
public sealed class SampleRun : IDisposable
{
    private readonly TempFolder _folder = new();

    public SampleRun()
    {
        OutFolder = _folder.Combine("out", "marrakech");
        var scenario = CliHarness.SampleScenario();
        Outcome = CliHarness.Run("plan", scenario, "--out", OutFolder, "--time-limit", "20");
    }

    internal CliOutcome Outcome { get; }

    internal string OutFolder { get; }

    internal string File(string name) => Path.Combine(OutFolder, name);

    public void Dispose() => _folder.Dispose();
}
