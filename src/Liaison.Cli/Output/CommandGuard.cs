namespace Liaison.Cli.Output;

/// <summary>
/// The command line's last line of defence, shared by every command: bad input becomes exit code 2
/// with each problem on a line of its own, any other fault exit code 1 with one line (the stack trace
/// only when verbose); both go to stderr.
/// </summary>
internal static class CommandGuard
{
    /// <summary>Runs a command's work and turns its failures into exit codes and lines on <paramref name="errors"/>.</summary>
    /// <param name="errors">Where problems and faults go (stderr).</param>
    /// <param name="verbose">Whether an internal fault prints its stack trace.</param>
    /// <param name="work">The command's work; throws <see cref="BadInputException"/> on bad input.</param>
    public static int Run(TextWriter errors, bool verbose, Func<int> work)
    {
        try
        {
            return work();
        }
        catch (BadInputException problem)
        {
            foreach (var line in problem.Lines)
            {
                errors.WriteLine(line);
            }

            return ExitCode.BadInput;
        }
#pragma warning disable CA1031 // The command line's last line of defence: any fault becomes exit code 1 and one line.
        catch (Exception fault)
#pragma warning restore CA1031
        {
            var firstLine = fault.Message.Split('\n', 2)[0].TrimEnd().TrimEnd('.');
            errors.WriteLine(verbose
                ? $"liaison: internal fault ({fault.GetType().Name}): {firstLine}."
                : $"liaison: internal fault ({fault.GetType().Name}): {firstLine}. Run again with --verbose or {LiaisonApp.DebugVariable}=1 for the details.");
            if (verbose)
            {
                errors.WriteLine(fault.ToString());
            }

            return ExitCode.InternalFault;
        }
    }
}
