using Liaison.Data;
using Liaison.Data.Entities;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Pages;

/// <summary>
/// The home page: the events the user may see (a liaison officer: only its delegation's event),
/// each with links to its requests, plan, programme and topics, and, for the protocol office, the whole event as a
/// file to download and a link to import one.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class IndexModel(LiaisonDbContext db) : PageModel
{
    /// <summary>The visible events, by name.</summary>
    public IReadOnlyList<EventEntity> Events { get; private set; } = [];

    /// <summary>Whether the user reads programmes (protocol, liaison officer, analyst): the event links are for them.</summary>
    public bool ReadsProgrammes { get; private set; }

    /// <summary>Whether the user works on requests (protocol officer, liaison officer).</summary>
    public bool HandlesRequests { get; private set; }

    /// <summary>Whether the user plans programmes (protocol officer): the plan link is for them.</summary>
    public bool PlansProgrammes { get; private set; }

    /// <summary>Whether the user reads the topic taxonomy (cooperation desk, administrators).</summary>
    public bool ReadsTopics { get; private set; }

    /// <summary>Whether the user exports and imports whole event files (protocol officer).</summary>
    public bool ExchangesEventFiles { get; private set; }

    /// <summary>Loads the events.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var events = db.Set<EventEntity>().AsNoTracking().Include(e => e.Days);
        if (User.IsRestrictedToDelegation())
        {
            var bound = User.BoundDelegation();
            events = events.Where(e => db.Set<DelegationEntity>().Any(d => d.Id == bound && d.EventId == e.Id)).Include(e => e.Days);
        }

        Events = await events.OrderBy(e => e.Name).ToListAsync(cancellationToken);
        HandlesRequests = User.IsInRole(LiaisonRoles.ProtocolOfficer) || (User.IsInRole(LiaisonRoles.LiaisonOfficer) && User.BoundDelegation() is not null);
        PlansProgrammes = User.IsInRole(LiaisonRoles.ProtocolOfficer);
        ReadsProgrammes = HandlesRequests || User.IsInRole(LiaisonRoles.Analyst);
        ReadsTopics = PlansProgrammes || User.IsInRole(LiaisonRoles.Analyst) || User.IsInRole(LiaisonRoles.Administrator);
        ExchangesEventFiles = PlansProgrammes;
    }
}
