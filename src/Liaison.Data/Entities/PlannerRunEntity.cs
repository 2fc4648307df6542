using NodaTime;

namespace Liaison.Data.Entities;

/// <summary>One run of the planner over an event: its inputs, result, objective and who ran it.</summary>
public sealed class PlannerRunEntity : IVersioned
{
    /// <summary>Surrogate key.</summary>
    public Guid Id { get; set; }

    /// <summary>The event.</summary>
    public Guid EventId { get; set; }

    /// <summary>Where the run stands.</summary>
    public PlannerRunStatus Status { get; set; }

    /// <summary>Hash of the inputs (scenario and options), to tell runs over the same inputs apart from others.</summary>
    public string InputsHash { get; set; } = "";

    /// <summary>Human summary of the inputs, e.g. "43 requests, 4 rooms, time limit 30 s".</summary>
    public string InputsSummary { get; set; } = "";

    /// <summary>The result as JSON (placed meetings and unplaced requests with reasons), once completed.</summary>
    public string? ResultJson { get; set; }

    /// <summary>Objective value reached, once completed.</summary>
    public long? ObjectiveValue { get; set; }

    /// <summary>Best bound proved by the solver, once completed.</summary>
    public long? ObjectiveBound { get; set; }

    /// <summary>Whether the solver proved the result optimal, once completed.</summary>
    public bool? Optimal { get; set; }

    /// <summary>Why it failed, when it did.</summary>
    public string? Failure { get; set; }

    /// <summary>Who started it.</summary>
    public string StartedBy { get; set; } = "";

    /// <summary>When it started (UTC).</summary>
    public Instant StartedAt { get; set; }

    /// <summary>When it finished (UTC), if it has.</summary>
    public Instant? FinishedAt { get; set; }

    /// <inheritdoc />
    public int Version { get; set; } = 1;
}
