namespace Liaison.Cli.Tests;

/// <summary>Argument errors end with a fix that names the help of the command actually typed.</summary>
public sealed class ArgumentErrorTests
{
    public static TheoryData<string[], string> Commands() => new()
    {
        { ["frobnicate"], "liaison" },
        { ["plan"], "liaison plan" },
        { ["replan", "samples/marrakech-2024/scenario.json"], "liaison replan" },
        { ["bench", "--seed", "seven"], "liaison bench" },
        { ["bench", "optaplanner", "instance.xlsx"], "liaison bench optaplanner" },
        { ["users", "add", "--role"], "liaison users add" },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void FixNamesTheHelpOfTheCommandUsed(string[] args, string command)
    {
        var outcome = CliHarness.Run(args);

        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith("liaison: ", outcome.ErrorLines[0], StringComparison.Ordinal);
        Assert.Equal($"Fix: see '{command} --help'.", outcome.LastErrorLine);
        Assert.Empty(outcome.Output);
    }
}
