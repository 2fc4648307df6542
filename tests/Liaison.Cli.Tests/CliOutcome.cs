namespace Liaison.Cli.Tests;

/// <summary>What a run of <c>liaison</c> returned and printed.</summary>
internal sealed record CliOutcome(int ExitCode, string Output)
{
    public IReadOnlyList<string> Lines => Output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();

    public string LastLine => Lines.Last(l => l.Length > 0);
}
