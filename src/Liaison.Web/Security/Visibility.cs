using System.Security.Claims;
using Liaison.Data;
using Liaison.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Security;

/// <summary>
/// What a user may see of an event. A liaison officer sees only the event of the delegation it is
/// bound to, that delegation, and the requests and meetings it takes part in; anything else answers
/// 404 exactly as if it did not exist, so ids of other delegations leak nothing.
/// </summary>
internal static class Visibility
{
    /// <summary>The event, or <c>null</c> when it does not exist or the user may not see it.</summary>
    public static async Task<EventEntity?> FindEventAsync(this LiaisonDbContext db, ClaimsPrincipal user, Guid eventId, CancellationToken cancellationToken)
    {
        var found = await db.Set<EventEntity>().Include(e => e.Days).SingleOrDefaultAsync(e => e.Id == eventId, cancellationToken);
        if (found is null || !user.IsRestrictedToDelegation())
        {
            return found;
        }

        var bound = user.BoundDelegation();
        return await db.Set<DelegationEntity>().AnyAsync(d => d.Id == bound && d.EventId == eventId, cancellationToken) ? found : null;
    }

    /// <summary>
    /// The scenario id of the delegation a liaison officer acts for, or <c>null</c> for users who see
    /// every delegation of the event.
    /// </summary>
    public static async Task<string?> BoundScenarioIdAsync(this LiaisonDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!user.IsRestrictedToDelegation())
        {
            return null;
        }

        var bound = user.BoundDelegation();
        var delegation = await db.Set<DelegationEntity>().SingleOrDefaultAsync(d => d.Id == bound, cancellationToken);
        // A liaison officer bound to a deleted delegation sees nothing: an id no participant has.
        return delegation?.ScenarioId ?? string.Empty;
    }

    /// <summary>Whether a request (or its meeting) involves the delegation, as requester or invitee.</summary>
    /// <param name="request">The request, with <see cref="MeetingRequestEntity.Requester"/> loaded.</param>
    /// <param name="boundScenarioId">From <see cref="BoundScenarioIdAsync"/>; <c>null</c> means no restriction.</param>
    public static bool Involves(this MeetingRequestEntity request, string? boundScenarioId)
        => boundScenarioId is null
            || string.Equals(request.Requester?.ScenarioId, boundScenarioId, StringComparison.Ordinal)
            || request.InviteeIds.Contains(boundScenarioId, StringComparer.Ordinal);
}
