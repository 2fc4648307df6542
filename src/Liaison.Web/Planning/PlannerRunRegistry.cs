using System.Collections.Concurrent;
using System.Threading.Channels;
using Liaison.Data.Auditing;
using Liaison.Scheduling;

namespace Liaison.Web.Planning;

/// <summary>
/// The planner runs of this server process: a queue of runs waiting for the background worker,
/// and for each run not yet finished its latest progress and a way to cancel it. The stored
/// <c>PlannerRunEntity</c> is the record; this is only the live state a database row cannot hold.
/// </summary>
/// <remarks>Singleton; thread-safe.</remarks>
public sealed class PlannerRunRegistry
{
    private readonly Channel<PlannerRunWork> _queue = Channel.CreateUnbounded<PlannerRunWork>();
    private readonly ConcurrentDictionary<Guid, LiveRun> _live = new();

    /// <summary>Runs waiting for the worker, in order.</summary>
    internal ChannelReader<PlannerRunWork> Pending => _queue.Reader;

    /// <summary>Queues a stored run for the worker.</summary>
    /// <param name="runId">The <c>PlannerRunEntity</c> id.</param>
    /// <param name="eventId">The event to plan.</param>
    /// <param name="options">Time limit and workers.</param>
    /// <param name="startedBy">Who started it, for the audit trail of the programme it stores.</param>
    internal void Enqueue(Guid runId, Guid eventId, PlannerOptions options, StaticAuditContext startedBy)
    {
        _live[runId] = new LiveRun();
        _queue.Writer.TryWrite(new PlannerRunWork(runId, eventId, options, startedBy));
    }

    /// <summary>The latest progress of a run still queued or planning, or <c>null</c>.</summary>
    /// <param name="runId">The run.</param>
    public PlannerProgress? Progress(Guid runId) => _live.TryGetValue(runId, out var live) ? live.Latest : null;

    /// <summary>Whether the run is queued or planning in this process.</summary>
    /// <param name="runId">The run.</param>
    public bool IsLive(Guid runId) => _live.ContainsKey(runId);

    /// <summary>Asks a live run to stop; the worker then records it as cancelled. Returns whether it was live.</summary>
    /// <param name="runId">The run.</param>
    public bool Cancel(Guid runId)
    {
        if (!_live.TryGetValue(runId, out var live))
        {
            return false;
        }

        live.Cancellation.Cancel();
        return true;
    }

    /// <summary>The token that stops the run, and the sink for its progress; for the worker.</summary>
    /// <param name="runId">A live run.</param>
    internal (CancellationToken Token, IProgress<PlannerProgress> Progress) Attach(Guid runId)
    {
        var live = _live.GetOrAdd(runId, _ => new LiveRun());
        return (live.Cancellation.Token, new ProgressSink(live));
    }

    /// <summary>Forgets a finished run; for the worker.</summary>
    /// <param name="runId">The run.</param>
    internal void Finish(Guid runId)
    {
        if (_live.TryRemove(runId, out var live))
        {
            live.Cancellation.Dispose();
        }
    }

    private sealed class LiveRun
    {
        public CancellationTokenSource Cancellation { get; } = new();

        public volatile PlannerProgress? Latest;
    }

    /// <summary>Synchronous progress sink: the solver calls it from its own thread.</summary>
    private sealed class ProgressSink(LiveRun live) : IProgress<PlannerProgress>
    {
        public void Report(PlannerProgress value) => live.Latest = value;
    }
}
