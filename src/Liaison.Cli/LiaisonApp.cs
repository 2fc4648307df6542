using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Liaison.Cli.Benchmarks;
using Liaison.Cli.Database;
using Liaison.Cli.OwnBench;
using Liaison.Cli.Planning;
using Liaison.Cli.Replanning;
using Liaison.Cli.Reporting;
using Liaison.Scheduling;
using Spectre.Console;

namespace Liaison.Cli;

/// <summary>
/// The <c>liaison</c> command line, runnable in-process: parses the arguments, runs the command and
/// returns the exit code (<see cref="ExitCode"/>). Program.cs only hands it the real console and clock.
/// </summary>
public static class LiaisonApp
{
    /// <summary>Environment variable that, set to 1, prints the stack trace of an internal fault.</summary>
    public const string DebugVariable = "LIAISON_DEBUG";

    /// <summary>Columns used when output goes to a file or a pipe, which have no width: wide enough for a meeting row on one line.</summary>
    public const int RedirectedWidth = 200;

    /// <summary>Runs <c>liaison</c> with <paramref name="args"/>.</summary>
    /// <param name="args">The arguments after the program name, e.g. <c>plan scenario.json --out out/x</c>.</param>
    /// <param name="console">Where the programme and progress go (stdout); progress animates only when it is interactive. When it is not a terminal its width is raised to <see cref="RedirectedWidth"/>.</param>
    /// <param name="errors">Where problems, argument errors and internal faults go, one per line (stderr).</param>
    /// <param name="time">The clock, for elapsed times.</param>
    /// <param name="stop">Cancel to stop planning early (Ctrl+C); the best programme found so far is printed and written.</param>
    /// <returns>0 on success, 1 on an internal fault, 2 on bad input or bad arguments.</returns>
    /// <remarks>Not thread-safe for a shared <paramref name="console"/>; separate consoles may run in parallel.</remarks>
    public static int Run(string[] args, IAnsiConsole console, TextWriter errors, TimeProvider time, CancellationToken stop = default)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(time);
        if (!console.Profile.Out.IsTerminal)
        {
            console.Profile.Width = Math.Max(console.Profile.Width, RedirectedWidth);
        }

        var debug = string.Equals(Environment.GetEnvironmentVariable(DebugVariable), "1", StringComparison.Ordinal);
        return Run(args, console, errors, new CliServices(time, new Planner(time).Plan, debug, stop));
    }

    /// <summary>Runs <c>liaison</c> with the given services (tests inject the planner here).</summary>
    internal static int Run(string[] args, IAnsiConsole console, TextWriter errors, CliServices services)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(services);
        services = services with { Errors = errors };

        var root = new RootCommand("Liaison plans the bilateral-meeting programme of a security agency at an international assembly.")
        {
            PlanCommand.Create(console, services),
            ReplanCommand.Create(console, services),
            ReportCommand.Create(console, services),
            UsersCommand.Create(console, services),
            BackupCommand.CreateBackup(console, services),
            BackupCommand.CreateRestore(console, services),
            OwnBenchCommand.Configure(BenchCommand.Create(console, services), console, services),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                errors.WriteLine(string.Create(CultureInfo.InvariantCulture, $"liaison: {error.Message}"));
            }

            errors.WriteLine($"Fix: see '{CommandLine(parsed.CommandResult)} --help'.");
            return ExitCode.BadInput;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = console.Profile.Out.Writer, Error = errors, EnableDefaultExceptionHandler = false });
    }

    /// <summary>The command as typed, e.g. <c>liaison bench optaplanner</c>: the parsed command and its parents, the root named <c>liaison</c>.</summary>
    private static string CommandLine(CommandResult command)
    {
        var names = new List<string>();
        for (var result = command; result.Parent is CommandResult parent; result = parent)
        {
            names.Add(result.Command.Name);
        }

        names.Add("liaison");
        names.Reverse();
        return string.Join(' ', names);
    }
}
