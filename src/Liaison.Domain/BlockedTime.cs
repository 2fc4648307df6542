using NodaTime;

namespace Liaison.Domain;

/// <summary>
/// A time in which some or all participants cannot hold bilateral meetings: plenaries,
/// ceremonies, other engagements.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class BlockedTime
{
    /// <summary>Creates a blocked time.</summary>
    /// <param name="id">Scenario-unique identifier.</param>
    /// <param name="label">What happens then, e.g. "Opening ceremony".</param>
    /// <param name="kind">Plenary, ceremony or other.</param>
    /// <param name="time">The UTC interval blocked.</param>
    /// <param name="participantIds">Principals and delegations it blocks; empty means everyone.</param>
    /// <exception cref="ArgumentException">On an empty id or label.</exception>
    public BlockedTime(string id, string label, BlockedTimeKind kind, Interval time, IEnumerable<string> participantIds)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        ArgumentNullException.ThrowIfNull(participantIds);
        Id = id;
        Label = label;
        Kind = kind;
        Time = time;
        ParticipantIds = participantIds.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Scenario-unique identifier.</summary>
    public string Id { get; }

    /// <summary>What happens then.</summary>
    public string Label { get; }

    /// <summary>Plenary, ceremony or other.</summary>
    public BlockedTimeKind Kind { get; }

    /// <summary>The UTC interval blocked.</summary>
    public Interval Time { get; }

    /// <summary>Who is blocked; empty means every principal and delegation.</summary>
    public IReadOnlyList<string> ParticipantIds { get; }

    /// <summary>Whether this blocks the participant with id <paramref name="participantId"/>.</summary>
    /// <param name="participantId">A principal or delegation id.</param>
    public bool Blocks(string participantId) => ParticipantIds.Count == 0 || ParticipantIds.Contains(participantId);
}
