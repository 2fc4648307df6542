using Liaison.Domain;
using Liaison.Domain.Records;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Data.Dossiers;

/// <summary>Writes the record of a held meeting: one per request, replaced when written again.</summary>
/// <remarks>One instance per unit of work (scoped); not thread-safe.</remarks>
/// <param name="db">The context.</param>
/// <param name="dossiers">Loads the event to check the record against.</param>
public sealed class RecordStore(LiaisonDbContext db, DossierStore dossiers)
{
    /// <summary>Adds or replaces the record of <paramref name="record"/>'s request (audited like every change).</summary>
    /// <param name="eventId">The event.</param>
    /// <param name="record">The record; its request and topics must be the event's.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>Whether the record was new.</returns>
    /// <exception cref="KeyNotFoundException">No such event.</exception>
    /// <exception cref="ArgumentException">The request or a topic is not the event's (message from <see cref="EventDossier"/>).</exception>
    /// <exception cref="ConcurrencyConflictException">Someone changed the record since it was read.</exception>
    public async Task<bool> SaveAsync(Guid eventId, MeetingRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        var dossier = await dossiers.ExportAsync(eventId, cancellationToken);
        _ = new EventDossier(dossier.Scenario, dossier.Topics,
            dossier.Records.Where(r => r.RequestId != record.RequestId).Append(record), dossier.Agreements, dossier.Commitments);
        var requestId = await db.MeetingRequests.Where(r => r.EventId == eventId && r.ScenarioId == record.RequestId)
            .Select(r => r.Id).SingleAsync(cancellationToken);
        var row = await db.MeetingRecords.SingleOrDefaultAsync(r => r.RequestId == requestId, cancellationToken);
        if (row is null)
        {
            db.MeetingRecords.Add(DossierToEntities.Record(eventId, requestId, record));
        }
        else
        {
            DossierToEntities.Apply(row, record);
        }

        await db.SaveChangesAsync(cancellationToken);
        return row is null;
    }

    /// <summary>The record of request <paramref name="requestId"/>, or <c>null</c> when none is written.</summary>
    /// <param name="eventId">The event.</param>
    /// <param name="requestId">The request's scenario id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<MeetingRecord?> FindAsync(Guid eventId, string requestId, CancellationToken cancellationToken = default)
    {
        var row = await db.MeetingRecords.AsNoTracking()
            .SingleOrDefaultAsync(r => r.EventId == eventId && r.Request!.ScenarioId == requestId, cancellationToken);
        return row is null ? null : EntitiesToDossier.Record(row, requestId);
    }
}
