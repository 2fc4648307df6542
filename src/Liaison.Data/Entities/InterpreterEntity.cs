namespace Liaison.Data.Entities;

/// <summary>An interpreter, the language pairs worked and when available.</summary>
public sealed class InterpreterEntity : IVersioned, IEventListItem
{
    /// <summary>Surrogate key.</summary>
    public Guid Id { get; set; }

    /// <summary>The event.</summary>
    public Guid EventId { get; set; }

    /// <summary>The id the interpreter has in scenario files; unique per event.</summary>
    public string ScenarioId { get; set; } = "";

    /// <summary>Position in the scenario's list (0-based).</summary>
    public int Position { get; set; }

    /// <summary>Display name.</summary>
    public string Name { get; set; } = "";

    /// <summary>Language pairs as "first/second" (e.g. "ar/en"), in the scenario's order.</summary>
    public List<string> LanguagePairs { get; set; } = [];

    /// <summary>UTC intervals of availability as ISO 8601 "start/end" texts (see <see cref="StoredInterval"/>); empty means the whole event.</summary>
    public List<string> Availability { get; set; } = [];

    /// <inheritdoc />
    public int Version { get; set; } = 1;
}
