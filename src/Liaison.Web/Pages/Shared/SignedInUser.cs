using System.Security.Claims;
using Liaison.Data;
using Liaison.Data.Entities;
using Liaison.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Pages.Shared;

/// <summary>
/// What the layout shows about the signed-in user: the roles and, for a liaison officer, the
/// delegation it acts for (its party's name and the delegation's id).
/// </summary>
/// <remarks>Scoped (one per request); not thread-safe.</remarks>
public sealed class SignedInUser(IHttpContextAccessor http, LiaisonDbContext db)
{
    /// <summary>The user's role names (see <see cref="LiaisonRoles"/>), sorted ordinally; empty when signed out.</summary>
    public IReadOnlyList<string> Roles => User.FindAll(ClaimTypes.Role).Select(c => c.Value).Order(StringComparer.Ordinal).ToList();

    /// <summary>Whether the user may run the protocol office's actions (accept, plan, move).</summary>
    public bool IsProtocolOfficer => User.IsInRole(LiaisonRoles.ProtocolOfficer);

    /// <summary>Whether the user keeps the follow-up (records, agreements, commitments, partners): an analyst or a protocol officer.</summary>
    public bool IsCooperationDesk => IsProtocolOfficer || User.IsInRole(LiaisonRoles.Analyst);

    /// <summary>Whether the user may read the topic taxonomy: the cooperation desk, and administrators, who edit it.</summary>
    public bool ReadsTopics => IsCooperationDesk || User.IsInRole(LiaisonRoles.Administrator);

    /// <summary>Whether the user works on requests: a protocol officer, or a liaison officer bound to a delegation.</summary>
    public bool HandlesRequests => IsProtocolOfficer || (User.IsInRole(LiaisonRoles.LiaisonOfficer) && User.BoundDelegation() is not null);

    /// <summary>The user's name, or <c>null</c> when signed out.</summary>
    public string? Name => User.Identity?.IsAuthenticated == true ? User.Identity.Name : null;

    private ClaimsPrincipal User => http.HttpContext?.User ?? new ClaimsPrincipal();

    /// <summary>The delegation a liaison officer acts for, or <c>null</c> for everyone else.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<DelegationEntity?> DelegationAsync(CancellationToken cancellationToken = default)
    {
        var bound = User.BoundDelegation();
        return bound is null
            ? null
            : await db.Set<DelegationEntity>().AsNoTracking().Include(d => d.Party).SingleOrDefaultAsync(d => d.Id == bound, cancellationToken);
    }
}
