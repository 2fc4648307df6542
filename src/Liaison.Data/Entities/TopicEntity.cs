namespace Liaison.Data.Entities;

/// <summary>A topic of an event's taxonomy, named in several languages.</summary>
public sealed class TopicEntity : IVersioned
{
    /// <summary>Surrogate key.</summary>
    public Guid Id { get; set; }

    /// <summary>The event.</summary>
    public Guid EventId { get; set; }

    /// <summary>Position in the taxonomy (0-based).</summary>
    public int Position { get; set; }

    /// <summary>Topic code, e.g. <c>cross-border-crime</c>; unique per event.</summary>
    public string Code { get; set; } = "";

    /// <summary>Names by language tag (ar, en, es, fr at least); stored as a JSON object.</summary>
    public Dictionary<string, string> Names { get; set; } = [];

    /// <summary>
    /// Whether the topic is retired: no longer offered in forms, but kept by the records and agreements that name it and
    /// in reports. False for a new topic.
    /// </summary>
    public bool Retired { get; set; }

    /// <inheritdoc />
    public int Version { get; set; } = 1;
}
