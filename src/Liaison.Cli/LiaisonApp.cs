using System.CommandLine;
using System.CommandLine.Invocation;
using System.Globalization;
using Liaison.Cli.Database;
using Liaison.Cli.Benchmarks;
using Liaison.Cli.Output;
using Liaison.Cli.OwnBench;
using Liaison.Cli.Planning;
using Liaison.Cli.Replanning;
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
    /// <param name="console">Where all output goes; progress animates only when it is interactive. When it is not a terminal its width is raised to <see cref="RedirectedWidth"/>.</param>
    /// <param name="time">The clock, for elapsed times.</param>
    /// <param name="stop">Cancel to stop planning early (Ctrl+C); the best programme found so far is printed and written.</param>
    /// <returns>0 on success, 1 on an internal fault, 2 on bad input or bad arguments.</returns>
    /// <remarks>Not thread-safe for a shared <paramref name="console"/>; separate consoles may run in parallel.</remarks>
    public static int Run(string[] args, IAnsiConsole console, TimeProvider time, CancellationToken stop = default)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(time);
        if (!console.Profile.Out.IsTerminal)
        {
            console.Profile.Width = Math.Max(console.Profile.Width, RedirectedWidth);
        }

        var debug = string.Equals(Environment.GetEnvironmentVariable(DebugVariable), "1", StringComparison.Ordinal);
        return Run(args, console, new CliServices(time, new Planner(time).Plan, debug, stop));
    }

    /// <summary>Runs <c>liaison</c> with the given services (tests inject the planner here).</summary>
    internal static int Run(string[] args, IAnsiConsole console, CliServices services)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(services);

        var root = new RootCommand("Liaison plans the bilateral-meeting programme of a security agency at an international assembly.")
        {
            PlanCommand.Create(console, services),
            ReplanCommand.Create(console, services),
            UsersCommand.Create(console, services),
            BackupCommand.CreateBackup(console, services),
            BackupCommand.CreateRestore(console, services),
            OwnBenchCommand.Configure(BenchCommand.Create(console, services), console, services),
        };
        var parsed = root.Parse(args);
        if (parsed.Action is ParseErrorAction)
        {
            foreach (var error in parsed.Errors)
            {
                console.WriteLineAsIs(string.Create(CultureInfo.InvariantCulture, $"liaison: {error.Message}"));
            }

            console.WriteLineAsIs("Fix: see 'liaison --help' or 'liaison plan --help'.");
            return ExitCode.BadInput;
        }

        var writer = console.Profile.Out.Writer;
        return parsed.Invoke(new InvocationConfiguration { Output = writer, Error = writer, EnableDefaultExceptionHandler = false });
    }
}
