using NodaTime;

namespace Liaison.Domain.Partners;

/// <summary>One item of a partner's history: a held meeting, an agreement or a commitment, at one event.</summary>
/// <remarks>Immutable and thread-safe. The subclasses are <see cref="PartnerMeeting"/>, <see cref="PartnerAgreement"/>
/// and <see cref="PartnerCommitment"/>.</remarks>
public abstract class PartnerHistoryEntry
{
    /// <summary>Creates an entry.</summary>
    /// <param name="dossier">The event the item belongs to.</param>
    /// <param name="at">When it happened (UTC); for a date, the start of that day in the event's zone.</param>
    private protected PartnerHistoryEntry(EventDossier dossier, Instant at)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        Dossier = dossier;
        At = at;
    }

    /// <summary>The event the item belongs to.</summary>
    public EventDossier Dossier { get; }

    /// <summary>The event.</summary>
    public Event Event => Dossier.Event;

    /// <summary>When it happened (UTC), the history's sort key; a date counts from the start of that day in the event's zone.</summary>
    public Instant At { get; }

    /// <summary>The event-local date of <see cref="At"/>.</summary>
    public LocalDate Date => Event.ToLocal(At).Date;

    /// <summary>Whether the item shows an earlier tie with the partner (a meeting or an agreement; a commitment does not).</summary>
    public abstract bool IsTie { get; }

    /// <summary>The item's id within its event (request id, agreement id or commitment id), for a stable order.</summary>
    public abstract string ItemId { get; }

    /// <summary>The start of <paramref name="date"/> in the event's zone.</summary>
    private protected static Instant StartOf(EventDossier dossier, LocalDate date) =>
        dossier.Event.TimeZone.AtStartOfDay(date).ToInstant();
}
