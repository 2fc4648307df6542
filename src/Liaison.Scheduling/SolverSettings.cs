using System.Globalization;
using Google.OrTools.Sat;

namespace Liaison.Scheduling;

/// <summary>
/// What every CP-SAT solve of one planning call shares: the deadline, workers, seed, progress
/// reports and cancellation.
/// </summary>
internal sealed class SolverSettings
{
    private readonly PlannerOptions _options;
    private readonly Func<TimeSpan> _elapsed;
    private readonly IProgress<PlannerProgress>? _progress;
    private readonly CancellationToken _cancellationToken;

    /// <summary>Creates the settings of one call.</summary>
    public SolverSettings(PlannerOptions options, Func<TimeSpan> elapsed, IProgress<PlannerProgress>? progress, CancellationToken cancellationToken)
    {
        _options = options;
        _elapsed = elapsed;
        _progress = progress;
        _cancellationToken = cancellationToken;
    }

    /// <summary>CP-SAT workers per solve.</summary>
    public int Workers => _options.Workers;

    /// <summary>The seed of solvers and of neighbourhood choices.</summary>
    public int Seed => _options.RandomSeed;

    /// <summary>Whether the caller cancelled.</summary>
    public bool Cancelled => _cancellationToken.IsCancellationRequested;

    /// <summary>Whether the call must stop: cancelled, or no time left before the limit.</summary>
    public bool Stopping => Cancelled || Remaining() <= TimeSpan.Zero;

    /// <summary>
    /// Whether the time limit or cancellation cut a phase short or skipped it (the search, the relaxation
    /// bound, naming what crowds out each request left); set by the phases, read once the call is done.
    /// Not thread-safe: set only on the planning call's own thread.
    /// </summary>
    public bool LimitReached { get; private set; }

    /// <summary>Records that the limit or cancellation cut a phase short.</summary>
    public void NoteLimitReached() => LimitReached = true;

    /// <summary>Time left before the call's limit.</summary>
    public TimeSpan Remaining() => _options.TimeLimit - _elapsed();

    /// <summary>Wall time since the call started.</summary>
    public TimeSpan Elapsed() => _elapsed();

    /// <summary>Reports progress.</summary>
    public void Report(PlannerPhase phase, long? value, long? bound) => _progress?.Report(new PlannerProgress(_elapsed(), phase, value, bound));

    /// <summary>
    /// A solver limited to <paramref name="limit"/> with <paramref name="workers"/> workers; a <paramref name="quick"/> one
    /// (for neighbourhoods, solved many times) skips presolve probing and symmetry detection, which cost more than they save there.
    /// </summary>
    /// <remarks>
    /// <c>catch_sigint_signal:false</c>: CP-SAT would otherwise install its own Ctrl+C handler, which
    /// aborts the process; the host stops the search through the cancellation token instead.
    /// </remarks>
    public CpSolver NewSolver(TimeSpan limit, int workers, int seedOffset = 0, bool quick = false) => new()
    {
        StringParameters = string.Create(CultureInfo.InvariantCulture,
            $"max_time_in_seconds:{Math.Max(limit.TotalSeconds, 0.01):0.###} num_workers:{workers} random_seed:{Seed + seedOffset} catch_sigint_signal:false{(quick ? " cp_model_probing_level:0 symmetry_level:0" : string.Empty)}"),
    };

    /// <summary>
    /// Solves, reporting each improving solution and stopping on cancellation, and, when <paramref name="stallLimit"/>
    /// is given, once that long has passed since the last improving solution (checked every 100 ms; not before the first).
    /// </summary>
    /// <exception cref="InvalidOperationException">When CP-SAT rejects the model (a defect, never an input problem).</exception>
    public CpSolverStatus Solve(CpSolver solver, PlanningModel model, PlannerPhase phase, long? knownBound, TimeSpan? stallLimit = null)
    {
        using var callback = new ProgressCallback(phase, model, knownBound, _elapsed, _progress, _cancellationToken);
        using var registration = _cancellationToken.Register(solver.StopSearch);
        using var watchdog = stallLimit is { } stall
            ? new Timer(_ => { if (callback.LastSolutionAt is { } last && _elapsed() - last > stall) { solver.StopSearch(); } }, null, 100, 100)
            : null;
        if (_cancellationToken.IsCancellationRequested)
        {
            return CpSolverStatus.Unknown;
        }

        var status = solver.Solve(model.Model, callback);
        return status == CpSolverStatus.ModelInvalid
            ? throw new InvalidOperationException($"CP-SAT rejected the planning model: {model.Model.Validate()}")
            : status;
    }

    /// <summary>A solver bound on an integer objective as a whole number, immune to floating-point noise.</summary>
    public static long Floor(double bound) => (long)Math.Floor(bound + 1e-6);
}
