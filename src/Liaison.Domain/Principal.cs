using NodaTime;

namespace Liaison.Domain;

/// <summary>
/// One of the host's officials whose programme is planned, e.g. the Director General.
/// Named by title, not by personal name.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class Principal : Participant
{
    /// <summary>Creates a principal.</summary>
    /// <param name="id">Scenario-unique identifier (shared namespace with delegations).</param>
    /// <param name="title">Title, e.g. "Director General for National Security".</param>
    /// <param name="languages">Working languages (BCP 47).</param>
    /// <exception cref="ArgumentException">On an empty id or title, or no language.</exception>
    public Principal(string id, string title, IEnumerable<string> languages)
        : base(id, languages)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        Title = title;
    }

    /// <summary>Title of the office held.</summary>
    public string Title { get; }

    /// <inheritdoc />
    public override string DisplayName => Title;

    /// <inheritdoc />
    /// <remarks>A principal is present for all the event's working hours; blocked times are taken out separately.</remarks>
    public override IReadOnlyList<Interval> Presence(Event @event)
    {
        ArgumentNullException.ThrowIfNull(@event);
        return @event.WorkingIntervals;
    }
}
