using System.Globalization;
using Google.OrTools.Sat;

namespace Liaison.Scheduling;

/// <summary>
/// Solves a <see cref="PlanningModel"/> in two CP-SAT phases sharing one time limit: phase 1
/// maximises the placed priority and proves a bound on it; phase 2 keeps that priority and
/// minimises the secondary cost, starting from the phase-1 programme.
/// </summary>
internal sealed class TwoPhaseSearch
{
    /// <summary>Share of the remaining time phase 1 may use; phase 2 gets what phase 1 leaves.</summary>
    private const double PlacementShare = 0.75;

    /// <summary>Phase 2 is skipped when less time than this is left.</summary>
    private static readonly TimeSpan MinimumPhaseTime = TimeSpan.FromMilliseconds(50);

    private readonly PlannerOptions _options;
    private readonly IProgress<PlannerProgress>? _progress;
    private readonly Func<TimeSpan> _elapsed;

    /// <summary>Creates the search.</summary>
    public TwoPhaseSearch(PlannerOptions options, IProgress<PlannerProgress>? progress, Func<TimeSpan> elapsed)
    {
        _options = options;
        _progress = progress;
        _elapsed = elapsed;
    }

    /// <summary>Runs both phases; returns the best programme found when time runs out or the token is cancelled.</summary>
    /// <exception cref="InvalidOperationException">When CP-SAT rejects the model (a defect, never an input problem).</exception>
    public SearchOutcome Run(PlanningProblem problem, CancellationToken cancellationToken)
    {
        var bound = problem.Requests.Sum(r => (long)r.Request.Priority);
        if (problem.Requests.Count == 0)
        {
            return new SearchOutcome([], 0, true);
        }

        var model = new PlanningModel(problem);
        model.MaximisePlacedPriority();
        List<Placement> placements = [];
        var optimal = false;
        using (var solver = NewSolver(Remaining() * PlacementShare))
        {
            var status = Solve(solver, model, "placing requests", null, cancellationToken);
            if (status is CpSolverStatus.Optimal or CpSolverStatus.Feasible)
            {
                placements = model.Read(solver);
                bound = Math.Min(bound, SearchOutcome.Floor(solver.BestObjectiveBound));
                optimal = status == CpSolverStatus.Optimal;
            }
        }

        if (cancellationToken.IsCancellationRequested || Remaining() < MinimumPhaseTime)
        {
            return new SearchOutcome(placements, bound, optimal);
        }

        model.MinimiseSecondaryCost(placements.Sum(p => (long)p.Request.Priority), placements);
        using (var solver = NewSolver(Remaining()))
        {
            var status = Solve(solver, model, "compacting days", bound, cancellationToken);
            if (status is CpSolverStatus.Optimal or CpSolverStatus.Feasible)
            {
                placements = model.Read(solver);
            }
        }

        return new SearchOutcome(placements, bound, optimal);
    }

    private TimeSpan Remaining() => _options.TimeLimit - _elapsed();

    /// <remarks>
    /// <c>catch_sigint_signal:false</c>: CP-SAT would otherwise install its own Ctrl+C handler, which
    /// aborts the process; the host stops the search through the cancellation token instead.
    /// </remarks>
    private CpSolver NewSolver(TimeSpan limit) => new()
    {
        StringParameters = string.Create(CultureInfo.InvariantCulture,
            $"max_time_in_seconds:{Math.Max(limit.TotalSeconds, 0.01):0.###} num_workers:{_options.Workers} random_seed:{_options.RandomSeed} catch_sigint_signal:false"),
    };

    private CpSolverStatus Solve(CpSolver solver, PlanningModel model, string phase, long? knownBound, CancellationToken cancellationToken)
    {
        using var callback = new ProgressCallback(phase, model.PlacedPriority, knownBound, _elapsed, _progress, cancellationToken);
        using var registration = cancellationToken.Register(solver.StopSearch);
        var status = solver.Solve(model.Model, callback);
        return status == CpSolverStatus.ModelInvalid
            ? throw new InvalidOperationException($"CP-SAT rejected the planning model: {model.Model.Validate()}")
            : status;
    }
}
