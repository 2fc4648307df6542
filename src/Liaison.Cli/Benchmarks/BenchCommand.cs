using System.CommandLine;
using Spectre.Console;

namespace Liaison.Cli.Benchmarks;

/// <summary><c>liaison bench ...</c>: runs Liaison's engine on benchmark instances.</summary>
internal static class BenchCommand
{
    /// <summary>Builds the <c>bench</c> command and its subcommands.</summary>
    /// <param name="console">Where output goes.</param>
    /// <param name="services">Clock, debug switch and stop signal.</param>
    public static Command Create(IAnsiConsole console, CliServices services) =>
        new("bench", "Run Liaison's engine on benchmark instances and print the scores.")
        {
            OptaPlannerCommand.Create(console, services),
        };
}
