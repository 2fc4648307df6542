using Liaison.Data;
using Liaison.Data.Dossiers;
using Liaison.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.Cli.Reporting;

/// <summary>
/// The event <c>liaison report --event NAME|ID</c> reports on, from the workspace database: found by its id, or by its
/// name exactly as imported; with every event of the database as the history "new partner" is judged against.
/// </summary>
internal static class DatabaseReportSource
{
    /// <summary>Loads the event's dossier and every event's.</summary>
    /// <param name="provider">A scope of the database session.</param>
    /// <param name="nameOrId">The event's id (a Guid) or name.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <exception cref="BadInputException">No such event, or several with that name; the message lists what there is.</exception>
    public static async Task<(EventDossier Dossier, IReadOnlyCollection<EventDossier> History)> LoadAsync(
        IServiceProvider provider, string nameOrId, CancellationToken cancellationToken)
    {
        var db = provider.GetRequiredService<LiaisonDbContext>();
        var events = await db.Events.AsNoTracking().OrderBy(e => e.Name).Select(e => new { e.Id, e.Name }).ToListAsync(cancellationToken);
        var matches = Guid.TryParse(nameOrId, out var id)
            ? events.Where(e => e.Id == id).ToList()
            : events.Where(e => string.Equals(e.Name, nameOrId, StringComparison.Ordinal)).ToList();
        var listing = string.Join("; ", events.Select(e => $"'{e.Name}' ({e.Id})"));
        if (matches.Count == 0)
        {
            throw new BadInputException(events.Count == 0
                ? $"liaison report: --event {nameOrId}: the database has no event. Fix: import one (POST /api/events/import) or give an event file as SOURCE."
                : $"liaison report: --event {nameOrId}: no event has that name or id. Fix: give one of {listing}.");
        }

        if (matches.Count > 1)
        {
            throw new BadInputException($"liaison report: --event {nameOrId}: {matches.Count} events have that name. Fix: give the id of one: {string.Join(", ", matches.Select(e => e.Id))}.");
        }

        var dossiers = provider.GetRequiredService<DossierStore>();
        var dossier = await dossiers.ExportAsync(matches[0].Id, cancellationToken);
        return (dossier, [.. await dossiers.ExportAllAsync(cancellationToken)]);
    }
}
