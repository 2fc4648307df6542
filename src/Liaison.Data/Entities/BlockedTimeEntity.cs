using Liaison.Domain;
using NodaTime;

namespace Liaison.Data.Entities;

/// <summary>A plenary, ceremony or other engagement during which some or all participants cannot meet.</summary>
public sealed class BlockedTimeEntity : IVersioned
{
    /// <summary>Surrogate key.</summary>
    public Guid Id { get; set; }

    /// <summary>The event.</summary>
    public Guid EventId { get; set; }

    /// <summary>The id the blocked time has in scenario files; unique per event.</summary>
    public string ScenarioId { get; set; } = "";

    /// <summary>Position in the scenario's list (0-based).</summary>
    public int Position { get; set; }

    /// <summary>What happens then.</summary>
    public string Label { get; set; } = "";

    /// <summary>Plenary, ceremony or other.</summary>
    public BlockedTimeKind Kind { get; set; }

    /// <summary>UTC start (inclusive).</summary>
    public Instant Start { get; set; }

    /// <summary>UTC end (exclusive).</summary>
    public Instant End { get; set; }

    /// <summary>Scenario ids of the principals and delegations blocked; empty means everyone.</summary>
    public List<string> ParticipantIds { get; set; } = [];

    /// <inheritdoc />
    public int Version { get; set; } = 1;
}
