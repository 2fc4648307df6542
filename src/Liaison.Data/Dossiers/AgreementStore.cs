using Liaison.Data.Entities;
using Liaison.Domain;
using Liaison.Domain.Agreements;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Liaison.Data.Dossiers;

/// <summary>
/// The agreements register of an event: adds agreements and moves their status through <see cref="AgreementLifecycle"/>,
/// recording each move (date, who) as a history row; every change is audited.
/// </summary>
/// <remarks>One instance per unit of work (scoped); not thread-safe.</remarks>
/// <param name="db">The context.</param>
/// <param name="dossiers">Loads the event to check new agreements against.</param>
public sealed class AgreementStore(LiaisonDbContext db, DossierStore dossiers)
{
    /// <summary>Adds <paramref name="agreement"/> at the end of the event's register.</summary>
    /// <param name="eventId">The event.</param>
    /// <param name="agreement">The agreement; its id new to the event, its party, meeting and subjects the event's.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <exception cref="KeyNotFoundException">No such event.</exception>
    /// <exception cref="ArgumentException">A repeated id or a reference the event does not have (message from <see cref="EventDossier"/>).</exception>
    public async Task AddAsync(Guid eventId, Agreement agreement, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        var dossier = await dossiers.ExportAsync(eventId, cancellationToken);
        _ = new EventDossier(dossier.Scenario, dossier.Topics, dossier.Records, dossier.Agreements.Append(agreement), dossier.Commitments);
        db.Agreements.Add(DossierToEntities.Agreement(eventId, dossier.Agreements.Count, agreement));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Replaces the register facts of an agreement (everything but its status and history, which move only through
    /// <see cref="MoveAsync"/>) if it still has the version its editor read.
    /// </summary>
    /// <param name="eventId">The event.</param>
    /// <param name="edited">The agreement as edited; its id names the stored one, its status and history are ignored.</param>
    /// <param name="versionRead">The version the editor read.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The agreement as stored now.</returns>
    /// <exception cref="KeyNotFoundException">No such agreement in the event.</exception>
    /// <exception cref="ArgumentException">The facts break a rule of <see cref="Agreement"/> against the stored status, or of <see cref="EventDossier"/>.</exception>
    /// <exception cref="ConcurrencyConflictException">Someone moved or changed the agreement since it was read; nothing is written.</exception>
    public async Task<Agreement> UpdateAsync(Guid eventId, Agreement edited, int versionRead, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edited);
        var row = await db.Agreements.Include(a => a.History)
                      .SingleOrDefaultAsync(a => a.EventId == eventId && a.ScenarioId == edited.Id, cancellationToken)
                  ?? throw new KeyNotFoundException($"Event {eventId} has no agreement '{edited.Id}'.");
        var stored = EntitiesToDossier.Agreement(row);
        var agreement = new Agreement(stored.Id, edited.Kind, edited.Titles, edited.PartnerPartyCode, edited.PartnerAgencyName,
            edited.OurAgencyName, edited.SignedOn, edited.SignedPlace, edited.MeetingRequestId, edited.SubjectTopicCodes, stored.Status,
            stored.History, edited.EntryIntoForce, edited.DurationMonths, edited.RenewalDate);
        var dossier = await dossiers.ExportAsync(eventId, cancellationToken);
        _ = new EventDossier(dossier.Scenario, dossier.Topics, dossier.Records,
            dossier.Agreements.Select(a => a.Id == agreement.Id ? agreement : a), dossier.Commitments);
        db.Entry(row).Property(nameof(AgreementEntity.Version)).OriginalValue = versionRead;
        DossierToEntities.ApplyFacts(row, agreement);
        await db.SaveChangesAsync(cancellationToken);
        return agreement;
    }

    /// <summary>The agreement with scenario id <paramref name="agreementId"/>, with its history, or <c>null</c>.</summary>
    /// <param name="eventId">The event.</param>
    /// <param name="agreementId">The agreement's id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<Agreement?> FindAsync(Guid eventId, string agreementId, CancellationToken cancellationToken = default)
    {
        var row = await db.Agreements.AsNoTracking().Include(a => a.History)
            .SingleOrDefaultAsync(a => a.EventId == eventId && a.ScenarioId == agreementId, cancellationToken);
        return row is null ? null : EntitiesToDossier.Agreement(row);
    }

    /// <summary>Moves the agreement to <paramref name="to"/> and records the move (see <see cref="Agreement.MoveTo"/>).</summary>
    /// <param name="eventId">The event.</param>
    /// <param name="agreementId">The agreement's id.</param>
    /// <param name="to">The new status.</param>
    /// <param name="on">The date of the move, e.g. today in the event's zone (<see cref="EventDossier.Today"/>).</param>
    /// <param name="by">Who moves it (user name).</param>
    /// <param name="note">Why, or <c>null</c>.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The moved agreement.</returns>
    /// <exception cref="KeyNotFoundException">No such agreement in the event.</exception>
    /// <exception cref="AgreementTransitionException">The lifecycle does not allow the move; nothing is written.</exception>
    /// <exception cref="ArgumentException">A date before the last move, or an empty <paramref name="by"/>.</exception>
    /// <exception cref="ConcurrencyConflictException">Someone moved or changed the agreement since it was read.</exception>
    public async Task<Agreement> MoveAsync(Guid eventId, string agreementId, AgreementStatus to, LocalDate on, string by, string? note,
        CancellationToken cancellationToken = default)
    {
        var row = await db.Agreements.Include(a => a.History)
                      .SingleOrDefaultAsync(a => a.EventId == eventId && a.ScenarioId == agreementId, cancellationToken)
                  ?? throw new KeyNotFoundException($"Event {eventId} has no agreement '{agreementId}'.");
        var moved = EntitiesToDossier.Agreement(row).MoveTo(to, on, by, note);
        db.AgreementStatusChanges.AddRange(DossierToEntities.ApplyStatus(row, moved));
        await db.SaveChangesAsync(cancellationToken);
        return moved;
    }
}
