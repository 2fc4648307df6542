using System.CommandLine;
using System.Globalization;
using Liaison.Benchmarks.OwnBenchmark;
using Liaison.Cli.Output;
using Liaison.Cli.Planning;
using Spectre.Console;

namespace Liaison.Cli.OwnBench;

/// <summary>
/// <c>liaison bench run-one --family F --solver engine|monolithic --seed N --time-limit-scale X --size-scale Y
/// --sample PATH --result FILE</c> (hidden): the child process of <c>liaison bench</c>. Builds and solves one
/// instance and writes its <see cref="RunResult"/>, with this process's peak memory, to FILE.
/// </summary>
internal static class RunOneCommand
{
    /// <summary>The subcommand's name.</summary>
    public const string Name = "run-one";

    /// <summary>Builds the hidden subcommand.</summary>
    /// <param name="console">Where the solve's phase lines and its one-line summary go.</param>
    /// <param name="services">The clock.</param>
    /// <param name="options">The options shared with <c>bench</c> (seed, scales, sample).</param>
    public static Command Create(IAnsiConsole console, CliServices services, BenchOptions options)
    {
        var family = new Option<string>("--family") { Required = true };
        var solver = new Option<string>("--solver") { Required = true };
        solver.AcceptOnlyFromAmong(InstanceRunner.Engine, InstanceRunner.Monolithic);
        var result = new Option<string>("--result") { Required = true };
        var command = new Command(Name, "Solve one benchmark instance and write its result (used by 'liaison bench').")
        {
            Hidden = true,
        };
        command.Add(family);
        command.Add(solver);
        command.Add(result);
        options.AddTo(command);
        command.SetAction(parsed =>
        {
            var chosen = BenchmarkFamily.Find(parsed.GetRequiredValue(family));
            if (chosen is null)
            {
                services.Errors.WriteLine($"liaison: unknown family '{parsed.GetRequiredValue(family)}'. Fix: use one of {string.Join(", ", BenchmarkFamily.All.Select(f => f.Name))}.");
                return ExitCode.BadInput;
            }

            var run = InstanceRunner.Run(chosen, options.Read(parsed), parsed.GetRequiredValue(solver), services.Time, new PhaseLines(console, () => Environment.CpuUsage.TotalTime));
            RunResultJson.Write(run, parsed.GetRequiredValue(result));
            console.WriteLineAsIs(string.Create(CultureInfo.InvariantCulture, $"{run.Family} {run.Solver}: placed {run.Placed} of {run.Requests} in {run.WallSeconds:0.0} s"));
            return ExitCode.Success;
        });
        return command;
    }
}
