using Liaison.Data.Entities;
using Liaison.Data.Scenarios;
using Liaison.Domain;
using Liaison.Domain.Partners;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Liaison.Data.Dossiers;

/// <summary>
/// Moves whole events in and out of the database with their follow-up: import an <see cref="EventDossier"/> (scenario,
/// topics, records, agreements with their history, commitments) as a new event, all or nothing; export one back; and
/// build a partner's history across every event.
/// </summary>
/// <remarks>One instance per unit of work (scoped), like the context it uses; not thread-safe.</remarks>
/// <param name="db">The context.</param>
/// <param name="time">The clock for the event's creation time and the requests' submission.</param>
public sealed class DossierStore(LiaisonDbContext db, TimeProvider time)
{
    /// <summary>
    /// Imports <paramref name="dossier"/> as a new event in one transaction: every row is written, or, on any failure,
    /// none is and the context is left empty of the attempt. Requests start Submitted, as with <see cref="ScenarioStore"/>.
    /// </summary>
    /// <param name="dossier">A valid dossier (the domain checked it when it was built).</param>
    /// <param name="who">User name of whoever imports (or "cli").</param>
    /// <param name="cancellationToken">Cancels the import (then nothing is written).</param>
    /// <returns>The new event's id.</returns>
    public async Task<Guid> ImportAsync(EventDossier dossier, string who, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentException.ThrowIfNullOrWhiteSpace(who);
        var entity = ScenarioToEntities.Map(dossier.Scenario, who, Instant.FromDateTimeOffset(time.GetUtcNow()));
        DossierToEntities.Fill(entity, dossier);
        return await NewEvent.SaveAsync(db, entity, cancellationToken);
    }

    /// <summary>The event's whole dossier: every request whatever its status, the topics (the default ones when the event has none), records, agreements and commitments.</summary>
    /// <param name="eventId">The event.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="KeyNotFoundException">No such event.</exception>
    public async Task<EventDossier> ExportAsync(Guid eventId, CancellationToken cancellationToken = default) =>
        (await LoadAsync(e => e.Id == eventId, cancellationToken)).SingleOrDefault()
        ?? throw new KeyNotFoundException($"There is no event with id {eventId}.");

    /// <summary>
    /// Every event's dossier, in no particular order: the history an engagement report looks for a partner's earlier
    /// meetings and agreements in.
    /// </summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<IReadOnlyList<EventDossier>> ExportAllAsync(CancellationToken cancellationToken = default) =>
        await LoadAsync(_ => true, cancellationToken);

    /// <summary>
    /// The history of party <paramref name="partyCode"/> across every event that lists it: held meetings, agreements
    /// and commitments in time order (see <see cref="PartnerHistory"/>).
    /// </summary>
    /// <param name="partyCode">A country or organisation code.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The history, with the dossiers it was built from; empty when no event lists the party.</returns>
    public async Task<PartnerHistory> PartnerHistoryAsync(string partyCode, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(partyCode);
        var dossiers = await LoadAsync(e => e.Parties.Any(p => p.Code == partyCode), cancellationToken);
        return PartnerHistory.Build(partyCode, dossiers);
    }

    private async Task<List<EventDossier>> LoadAsync(System.Linq.Expressions.Expression<Func<EventEntity, bool>> which, CancellationToken cancellationToken)
    {
        var entities = await db.Events.AsNoTracking().AsSplitQuery()
            .Include(e => e.Days).Include(e => e.Parties).Include(e => e.Agencies).Include(e => e.Participants)
            .Include(e => e.Rooms).Include(e => e.Interpreters).Include(e => e.BlockedTimes).Include(e => e.Requests)
            .Include(e => e.Topics).Include(e => e.Records).Include(e => e.Agreements).ThenInclude(a => a.History)
            .Include(e => e.Commitments)
            .Where(which)
            .ToListAsync(cancellationToken);
        return entities.Select(e => EntitiesToDossier.Map(e, EntitiesToScenario.Map(e, e.Requests))).ToList();
    }
}
