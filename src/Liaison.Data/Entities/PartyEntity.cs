using Liaison.Domain;

namespace Liaison.Data.Entities;

/// <summary>A country or international organisation taking part in an event.</summary>
public sealed class PartyEntity : IVersioned
{
    /// <summary>Surrogate key.</summary>
    public Guid Id { get; set; }

    /// <summary>The event.</summary>
    public Guid EventId { get; set; }

    /// <summary>Position in the scenario's list (0-based), so an export keeps the file's order.</summary>
    public int Position { get; set; }

    /// <summary>ISO 3166-1 alpha-2 code or organisation code; unique per event.</summary>
    public string Code { get; set; } = "";

    /// <summary>Country or organisation.</summary>
    public PartyKind Kind { get; set; }

    /// <summary>English display name.</summary>
    public string Name { get; set; } = "";

    /// <summary>Region label (UN M49 or the event's own grouping), if given.</summary>
    public string? Region { get; set; }

    /// <summary>Names by language tag (organisations); stored as a JSON object, empty when none.</summary>
    public Dictionary<string, string> Names { get; set; } = [];

    /// <inheritdoc />
    public int Version { get; set; } = 1;
}
