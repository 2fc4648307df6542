using System.CommandLine;
using System.Globalization;
using Liaison.Benchmarks.OwnBenchmark;
using Liaison.Cli.Output;
using Spectre.Console;

namespace Liaison.Cli.OwnBench;

/// <summary>
/// <c>liaison bench [--families host-43,assembly,...] [--seed N] [--time-limit-scale X] [--size-scale X]</c>:
/// Liaison's own benchmark (docs/benchmarks.md). Each instance is solved twice, by the engine and by the
/// monolithic CP-SAT model under the same time limit, each in a child process of its own
/// (<see cref="RunOneCommand"/>) so its peak memory is its own; then one table row per instance is printed.
/// </summary>
internal static class OwnBenchCommand
{
    /// <summary>Resident memory, in MiB, above which a child is ended and reported "out of memory" (the machine has 24 GiB, shared).</summary>
    public const double MemoryCapMegabytes = 10 * 1024;

    /// <summary>Seconds a child may take beyond three times its time limit (generation, model building, writing) before it is ended.</summary>
    private const int WallGraceSeconds = 180;

    /// <summary>Gives <paramref name="bench"/> its own action, options and the hidden <c>run-one</c> subcommand.</summary>
    /// <param name="bench">The <c>bench</c> command (other benchmarks live in its subcommands).</param>
    /// <param name="console">Where output goes.</param>
    /// <param name="services">The clock.</param>
    /// <returns><paramref name="bench"/>.</returns>
    public static Command Configure(Command bench, IAnsiConsole console, CliServices services)
    {
        ArgumentNullException.ThrowIfNull(bench);
        var options = new BenchOptions();
        var families = new Option<string>("--families")
        {
            Description = $"Comma-separated families to run: {string.Join(", ", BenchmarkFamily.All.Select(f => f.Name))} (default: all).",
            HelpName = "LIST",
            DefaultValueFactory = _ => string.Join(',', BenchmarkFamily.All.Select(f => f.Name)),
        };
        families.Validators.Add(result =>
        {
            foreach (var unknown in Names(result.GetValueOrDefault<string>() ?? string.Empty).Where(n => BenchmarkFamily.Find(n) is null))
            {
                result.AddError($"--families: unknown family '{unknown}'; use {string.Join(", ", BenchmarkFamily.All.Select(f => f.Name))}.");
            }
        });
        bench.Add(families);
        options.AddTo(bench);
        bench.Add(RunOneCommand.Create(console, services, options));
        bench.SetAction(parsed =>
        {
            var settings = options.Read(parsed);
            var chosen = Names(parsed.GetValue(families) ?? string.Empty).Select(n => BenchmarkFamily.Find(n)!).ToList();
            var rows = chosen.Select(family => RunBoth(console, services, options, settings, family)).ToList();
            BenchTable.Render(console, rows);
            console.WriteLineAsIs(string.Create(CultureInfo.InvariantCulture,
                $"Seed {settings.Seed}, time-limit scale {settings.TimeLimitScale}, size scale {settings.SizeScale}, {Environment.ProcessorCount} workers; objective = placed priority; ratio = engine objective / monolithic objective."));
            return ExitCode.Success;
        });
        return bench;
    }

    private static (RunResult Engine, RunResult Monolithic) RunBoth(IAnsiConsole console, CliServices services, BenchOptions options, BenchmarkSettings settings, BenchmarkFamily family)
    {
        var limit = settings.TimeLimitOf(family);
        var setup = family == BenchmarkFamily.Replan ? settings.TimeLimitOf(BenchmarkFamily.Assembly) : TimeSpan.Zero;
        var wallCap = (3 * (limit + setup)) + TimeSpan.FromSeconds(WallGraceSeconds);
        RunResult Solve(string solver)
        {
            console.WriteLineAsIs(string.Create(CultureInfo.InvariantCulture, $"{family.Name}: {solver}, time limit {limit.TotalSeconds:0.#} s..."));
            var command = SelfInvocation.Command()
                .Concat(["bench", RunOneCommand.Name, "--family", family.Name, "--solver", solver])
                .Concat(options.ToArguments(settings))
                .ToList();
            return IsolatedRun.Run(command, family.Name, solver, wallCap, MemoryCapMegabytes, services.Time);
        }

        return (Solve(InstanceRunner.Engine), Solve(InstanceRunner.Monolithic));
    }

    private static string[] Names(string list) =>
        list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
