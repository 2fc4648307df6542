namespace Liaison.Cli.Tests;

/// <summary>What a run of <c>liaison</c> returned and printed: <paramref name="Output"/> on stdout, <paramref name="Errors"/> on stderr.</summary>
internal sealed record CliOutcome(int ExitCode, string Output, string Errors)
{
    public IReadOnlyList<string> Lines => SplitLines(Output);

    public string LastLine => Lines.Last(l => l.Length > 0);

    public IReadOnlyList<string> ErrorLines => SplitLines(Errors);

    public string LastErrorLine => ErrorLines.Last(l => l.Length > 0);

    private static List<string> SplitLines(string text) => text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
}
