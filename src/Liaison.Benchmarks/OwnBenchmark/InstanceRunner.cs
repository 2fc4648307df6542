using Liaison.Benchmarks.Generator;
using Liaison.Domain;
using Liaison.Domain.Changes;
using Liaison.Domain.Programmes;
using Liaison.Interchange;
using Liaison.Scheduling;

namespace Liaison.Benchmarks.OwnBenchmark;

/// <summary>
/// Builds one benchmark instance and solves it once, in the calling process: with Liaison's planner as shipped
/// (<see cref="PlanningStrategy.Auto"/>, or <see cref="Planner.Replan"/> for <c>replan</c>) or with one monolithic
/// CP-SAT model (<see cref="PlanningStrategy.Monolithic"/>) under the same time limit.
/// </summary>
/// <remarks>
/// Meant to run in a child process of its own, so that the peak memory it reports belongs to this one solve
/// (for <c>replan</c> it includes planning the assembly it starts from). Thread-safe.
/// </remarks>
public static class InstanceRunner
{
    /// <summary>Name of the engine solver in <see cref="RunResult.Solver"/>.</summary>
    public const string Engine = "engine";

    /// <summary>Name of the monolithic solver in <see cref="RunResult.Solver"/>.</summary>
    public const string Monolithic = "monolithic";

    /// <summary>Builds the instance of <paramref name="family"/> and solves it with <paramref name="solver"/>.</summary>
    /// <param name="family">The family.</param>
    /// <param name="settings">Seed, scales and sample path.</param>
    /// <param name="solver"><see cref="Engine"/> or <see cref="Monolithic"/>.</param>
    /// <param name="time">Clock for the wall time.</param>
    /// <param name="progress">Receives the measured solve's phase reports (not those of planning the assembly <c>replan</c> starts from), or <c>null</c>.</param>
    /// <returns>The result, with the peak memory of this process so far.</returns>
    /// <exception cref="ArgumentException">On an unknown solver name.</exception>
    /// <exception cref="InvalidFileException">When the host-43 sample cannot be read.</exception>
    public static RunResult Run(BenchmarkFamily family, BenchmarkSettings settings, string solver, TimeProvider time,
        IProgress<PlannerProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(family);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(time);
        if (solver is not (Engine or Monolithic))
        {
            throw new ArgumentException($"Unknown solver '{solver}'; use '{Engine}' or '{Monolithic}'.", nameof(solver));
        }

        var planner = new Planner(time);
        var options = new PlannerOptions
        {
            TimeLimit = settings.TimeLimitOf(family),
            RandomSeed = settings.Seed,
            Strategy = solver == Monolithic ? PlanningStrategy.Monolithic : PlanningStrategy.Auto,
        };
        if (family == BenchmarkFamily.Replan)
        {
            var (changed, previous, forced) = Disrupted(settings, planner);
            var started = time.GetTimestamp();
            if (solver == Engine)
            {
                var replanned = planner.Replan(changed, previous, options, progress);
                return Result(family, solver, changed, replanned.Plan, time.GetElapsedTime(started)) with
                {
                    Moved = replanned.OfKind(MeetingChangeKind.Moved).Count,
                    Forced = forced,
                };
            }

            return Result(family, solver, changed, planner.Plan(changed, options, progress), time.GetElapsedTime(started));
        }

        var scenario = Build(family, settings);
        var start = time.GetTimestamp();
        var plan = planner.Plan(scenario, options, progress);
        return Result(family, solver, scenario, plan, time.GetElapsedTime(start));
    }

    /// <summary>The scenario of a family other than <c>replan</c>.</summary>
    /// <param name="family">host-43, assembly, brokerage or brokerage-xl.</param>
    /// <param name="settings">Seed, size scale and sample path.</param>
    /// <exception cref="ArgumentException">For <c>replan</c>, which starts from a programme (see <see cref="Run"/>).</exception>
    public static Scenario Build(BenchmarkFamily family, BenchmarkSettings settings)
    {
        ArgumentNullException.ThrowIfNull(family);
        ArgumentNullException.ThrowIfNull(settings);
        InstanceShape? shape = family.Name switch
        {
            "assembly" => InstanceShape.Assembly,
            "brokerage" => InstanceShape.Brokerage,
            "brokerage-xl" => InstanceShape.BrokerageXl,
            _ => null,
        };
        if (shape is not null)
        {
            return InstanceGenerator.Generate(shape.Scaled(settings.SizeScale), settings.Seed, family.Name);
        }

        return family == BenchmarkFamily.Host43
            ? ScenarioFile.Read(settings.SamplePath)
            : throw new ArgumentException($"The family '{family.Name}' is not built from a shape or a file.", nameof(family));
    }

    /// <summary>The assembly planned under its own limit, then disrupted: the changed scenario, the programme in force and the moves the changes force.</summary>
    private static (Scenario Changed, Programme Previous, int Forced) Disrupted(BenchmarkSettings settings, Planner planner)
    {
        var assembly = Build(BenchmarkFamily.Assembly, settings);
        var previous = planner.Plan(assembly, new PlannerOptions
        {
            TimeLimit = settings.TimeLimitOf(BenchmarkFamily.Assembly),
            RandomSeed = settings.Seed,
        }).Programme;
        var changes = Disruption.For(assembly, previous, settings.Seed);
        return (ScenarioChanges.Apply(assembly, changes), previous, Disruption.ForcedMoves(previous, changes));
    }

    private static RunResult Result(BenchmarkFamily family, string solver, Scenario scenario, PlanResult plan, TimeSpan wall) => new(
        family.Name,
        solver,
        scenario.Requests.Count,
        plan.Programme.Meetings.Count,
        plan.Objective.Value,
        plan.Objective.Bound,
        plan.Objective.IsOptimal,
        wall.TotalSeconds,
        ProcessMemory.PeakOfCurrentMegabytes());
}
