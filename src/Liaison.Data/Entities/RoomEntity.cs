namespace Liaison.Data.Entities;

/// <summary>A meeting room of the venue.</summary>
public sealed class RoomEntity : IVersioned, IEventListItem
{
    /// <summary>Surrogate key.</summary>
    public Guid Id { get; set; }

    /// <summary>The event.</summary>
    public Guid EventId { get; set; }

    /// <summary>The id the room has in scenario files; unique per event.</summary>
    public string ScenarioId { get; set; } = "";

    /// <summary>Position in the scenario's list (0-based).</summary>
    public int Position { get; set; }

    /// <summary>Display name.</summary>
    public string Name { get; set; } = "";

    /// <summary>Seats (2 or more).</summary>
    public int Capacity { get; set; }

    /// <summary>Whether an agreement can be signed there.</summary>
    public bool SuitableForSigning { get; set; }

    /// <inheritdoc />
    public int Version { get; set; } = 1;
}
