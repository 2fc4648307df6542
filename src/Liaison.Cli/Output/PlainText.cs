using Spectre.Console;

namespace Liaison.Cli.Output;

/// <summary>Writes lines exactly as given: no markup, no word wrapping at the console's width.</summary>
/// <remarks>
/// Problem lines ("file: $.path: message. Fix: ...") and the closing line are read by scripts and tests,
/// so each must stay on one line whatever the terminal's width.
/// </remarks>
internal static class PlainText
{
    /// <summary>Writes <paramref name="line"/> and a line break to the console's output.</summary>
    /// <param name="console">The console.</param>
    /// <param name="line">One line of text.</param>
    public static void WriteLineAsIs(this IAnsiConsole console, string line) => console.Profile.Out.Writer.WriteLine(line);
}
