using NodaTime;

namespace Liaison.Domain;

/// <summary>
/// Someone who sits at the table: a host <see cref="Principal"/> or a visiting <see cref="Delegation"/>.
/// Identifiers are unique across both kinds, so a meeting's participants are a flat list of ids.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public abstract class Participant
{
    /// <summary>Initialises the common part.</summary>
    /// <param name="id">Scenario-unique identifier.</param>
    /// <param name="languages">Working languages as BCP 47 tags (e.g. <c>ar</c>, <c>fr</c>); at least one.</param>
    /// <exception cref="ArgumentException">On an empty id or no language.</exception>
    protected Participant(string id, IEnumerable<string> languages)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(languages);
        Id = id;
        Languages = languages.Select(LanguageTag.Normalise).Distinct(StringComparer.Ordinal).ToList();
        if (Languages.Count == 0)
        {
            throw new ArgumentException($"Participant '{id}' needs at least one working language.", nameof(languages));
        }
    }

    /// <summary>Scenario-unique identifier.</summary>
    public string Id { get; }

    /// <summary>Working languages, normalised BCP 47 tags.</summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>A short label for people, e.g. a title or "Delegation of Norway".</summary>
    public abstract string DisplayName { get; }

    /// <summary>
    /// The UTC intervals in which this participant is at the event and may meet, before
    /// blocked times are taken out: the event's working hours, clipped to arrival and departure
    /// for a delegation. Sorted and disjoint.
    /// </summary>
    /// <param name="event">The event.</param>
    public abstract IReadOnlyList<Interval> Presence(Event @event);
}
