using Liaison.Data.Entities;
using Liaison.Domain;
using Liaison.Domain.Commitments;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Liaison.Data.Dossiers;

/// <summary>
/// An event's follow-up commitments: writes them and lists the overdue, the due-soon and each owner unit's, with
/// "today" taken in the event's zone (a server in UTC and an office in Marrakech see the same list).
/// </summary>
/// <remarks>One instance per unit of work (scoped); not thread-safe.</remarks>
/// <param name="db">The context.</param>
/// <param name="dossiers">Loads the event to check commitments against.</param>
public sealed class CommitmentStore(LiaisonDbContext db, DossierStore dossiers)
{
    /// <summary>Adds <paramref name="commitment"/>; never replaces a stored one (two desks adding the same id: the second is refused).</summary>
    /// <param name="eventId">The event.</param>
    /// <param name="commitment">The commitment; its id new to the event, its agreement or meeting the event's.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <exception cref="KeyNotFoundException">No such event.</exception>
    /// <exception cref="ArgumentException">A repeated id or a reference the event does not have (message from <see cref="EventDossier"/>).</exception>
    public async Task AddAsync(Guid eventId, Commitment commitment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        var dossier = await dossiers.ExportAsync(eventId, cancellationToken);
        _ = new EventDossier(dossier.Scenario, dossier.Topics, dossier.Records, dossier.Agreements, dossier.Commitments.Append(commitment));
        db.Commitments.Add(DossierToEntities.Commitment(eventId, dossier.Commitments.Count, commitment));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Adds <paramref name="commitment"/>, or replaces the event's commitment with its id.</summary>
    /// <param name="eventId">The event.</param>
    /// <param name="commitment">The commitment; its agreement or meeting must be the event's.</param>
    /// <param name="versionRead">
    /// The version the editor read, when replacing: the save then happens only if the stored commitment still has it;
    /// <c>null</c> to save whatever is stored.
    /// </param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>Whether the commitment was new.</returns>
    /// <exception cref="KeyNotFoundException">No such event.</exception>
    /// <exception cref="ArgumentException">An agreement or request the event does not have.</exception>
    /// <exception cref="ConcurrencyConflictException">Someone changed the commitment since it was read.</exception>
    public async Task<bool> SaveAsync(Guid eventId, Commitment commitment, int? versionRead = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        var dossier = await dossiers.ExportAsync(eventId, cancellationToken);
        _ = new EventDossier(dossier.Scenario, dossier.Topics, dossier.Records, dossier.Agreements,
            dossier.Commitments.Where(c => c.Id != commitment.Id).Append(commitment));
        var row = await db.Commitments.SingleOrDefaultAsync(c => c.EventId == eventId && c.ScenarioId == commitment.Id, cancellationToken);
        if (row is null)
        {
            db.Commitments.Add(DossierToEntities.Commitment(eventId, dossier.Commitments.Count, commitment));
        }
        else
        {
            if (versionRead is { } version)
            {
                db.Entry(row).Property(nameof(CommitmentEntity.Version)).OriginalValue = version;
            }

            DossierToEntities.Apply(row, commitment);
        }

        await db.SaveChangesAsync(cancellationToken);
        return row is null;
    }

    /// <summary>Pending commitments whose due date lies before today in the event's zone, earliest due first.</summary>
    /// <param name="eventId">The event.</param>
    /// <param name="now">The current instant, from an injected clock.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="KeyNotFoundException">No such event.</exception>
    public async Task<IReadOnlyList<Commitment>> OverdueAsync(Guid eventId, Instant now, CancellationToken cancellationToken = default)
    {
        var (today, all) = await LoadAsync(eventId, now, cancellationToken);
        return all.Where(c => c.IsOverdue(today)).ToList();
    }

    /// <summary>Pending commitments due from today to <paramref name="days"/> days later in the event's zone, earliest first.</summary>
    /// <param name="eventId">The event.</param>
    /// <param name="now">The current instant, from an injected clock.</param>
    /// <param name="days">Days ahead, 0 or more.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="KeyNotFoundException">No such event.</exception>
    public async Task<IReadOnlyList<Commitment>> DueSoonAsync(Guid eventId, Instant now, int days, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var (today, all) = await LoadAsync(eventId, now, cancellationToken);
        return all.Where(c => c.IsDueWithin(today, days)).ToList();
    }

    /// <summary>Every commitment of <paramref name="ownerUnit"/> in the event, earliest due first (for its calendar feed).</summary>
    /// <param name="eventId">The event.</param>
    /// <param name="ownerUnit">The owner unit, exactly as stored.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<IReadOnlyList<Commitment>> ForOwnerAsync(Guid eventId, string ownerUnit, CancellationToken cancellationToken = default)
    {
        var rows = await db.Commitments.AsNoTracking().Where(c => c.EventId == eventId && c.OwnerUnit == ownerUnit).ToListAsync(cancellationToken);
        return InDueOrder(rows.Select(EntitiesToDossier.Commitment)).ToList();
    }

    private async Task<(LocalDate Today, IEnumerable<Commitment> All)> LoadAsync(Guid eventId, Instant now, CancellationToken cancellationToken)
    {
        var zoneId = await db.Events.Where(e => e.Id == eventId).Select(e => e.TimeZoneId).SingleOrDefaultAsync(cancellationToken)
                     ?? throw new KeyNotFoundException($"There is no event with id {eventId}.");
        var rows = await db.Commitments.AsNoTracking().Where(c => c.EventId == eventId).ToListAsync(cancellationToken);
        return (EventTime.Today(DateTimeZoneProviders.Tzdb[zoneId], now), InDueOrder(rows.Select(EntitiesToDossier.Commitment)));
    }

    private static IEnumerable<Commitment> InDueOrder(IEnumerable<Commitment> commitments) =>
        commitments.OrderBy(c => c.DueDate).ThenBy(c => c.Id, StringComparer.Ordinal);
}
