namespace Liaison.Data.Entities;

/// <summary>An agency of a party, e.g. a federal police.</summary>
public sealed class AgencyEntity : IVersioned
{
    /// <summary>Surrogate key.</summary>
    public Guid Id { get; set; }

    /// <summary>The event.</summary>
    public Guid EventId { get; set; }

    /// <summary>The id the agency has in scenario files; unique per event.</summary>
    public string ScenarioId { get; set; } = "";

    /// <summary>Position in the scenario's list (0-based).</summary>
    public int Position { get; set; }

    /// <summary>The party the agency belongs to.</summary>
    public Guid PartyId { get; set; }

    /// <summary>The party row.</summary>
    public PartyEntity? Party { get; set; }

    /// <summary>English display name.</summary>
    public string Name { get; set; } = "";

    /// <inheritdoc />
    public int Version { get; set; } = 1;
}
