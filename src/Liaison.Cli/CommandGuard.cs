using Liaison.Cli.Output;
using Spectre.Console;

namespace Liaison.Cli;

/// <summary>
/// The last line of defence every command runs inside: bad input becomes its problem lines and exit code 2,
/// any other fault one line and exit code 1 (with the stack trace when asked).
/// </summary>
internal static class CommandGuard
{
    /// <summary>Runs <paramref name="command"/> and turns its failures into exit codes.</summary>
    /// <param name="console">Where problem and fault lines go.</param>
    /// <param name="verbose">Whether to print a fault's stack trace.</param>
    /// <param name="command">The command's work; returns its exit code.</param>
    /// <returns>The command's exit code, <see cref="ExitCode.BadInput"/> or <see cref="ExitCode.InternalFault"/>.</returns>
    public static int Run(IAnsiConsole console, bool verbose, Func<int> command)
    {
        try
        {
            return command();
        }
        catch (BadInputException problem)
        {
            foreach (var line in problem.Lines)
            {
                console.WriteLineAsIs(line);
            }

            return ExitCode.BadInput;
        }
#pragma warning disable CA1031 // The command line's last line of defence: any fault becomes exit code 1 and one line.
        catch (Exception fault)
#pragma warning restore CA1031
        {
            var firstLine = fault.Message.Split('\n', 2)[0].TrimEnd().TrimEnd('.');
            console.WriteLineAsIs(verbose
                ? $"liaison: internal fault ({fault.GetType().Name}): {firstLine}."
                : $"liaison: internal fault ({fault.GetType().Name}): {firstLine}. Run again with --verbose or {LiaisonApp.DebugVariable}=1 for the details.");
            if (verbose)
            {
                console.WriteLineAsIs(fault.ToString());
            }

            return ExitCode.InternalFault;
        }
    }
}
