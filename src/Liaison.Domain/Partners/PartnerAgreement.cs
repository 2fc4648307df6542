using Liaison.Domain.Agreements;

namespace Liaison.Domain.Partners;

/// <summary>
/// An agreement in a partner's history, at its signature date, else the date of its first recorded move, else the
/// event's first day.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class PartnerAgreement : PartnerHistoryEntry
{
    /// <summary>Creates the entry.</summary>
    /// <param name="dossier">The event whose register holds the agreement.</param>
    /// <param name="agreement">The agreement.</param>
    public PartnerAgreement(EventDossier dossier, Agreement agreement)
        : base(dossier, StartOf(dossier, DateOf(dossier, agreement))) => Agreement = agreement;

    /// <summary>The agreement.</summary>
    public Agreement Agreement { get; }

    /// <inheritdoc />
    public override bool IsTie => true;

    /// <inheritdoc />
    public override string ItemId => Agreement.Id;

    private static NodaTime.LocalDate DateOf(EventDossier dossier, Agreement agreement)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(agreement);
        return agreement.SignedOn ?? (agreement.History.Count > 0 ? agreement.History[0].On : dossier.Event.Days[0].Date);
    }
}
