using System.Globalization;
using System.Security.Claims;
using Liaison.Data;

namespace Liaison.Web.Security;

/// <summary>
/// The claims Liaison adds to a signed-in user (cookie and bearer token alike) and readers for them.
/// </summary>
public static class LiaisonClaims
{
    /// <summary>Claim holding the surrogate id (Guid, "D" format) of the delegation a liaison officer is bound to.</summary>
    public const string DelegationId = "liaison:delegation";

    /// <summary>Claim present with value <c>true</c> when an analyst may read confidential meeting content.</summary>
    public const string ConfidentialClearance = "liaison:clearance";

    /// <summary>
    /// The delegation a liaison officer acts for, or <c>null</c> for everyone else: a protocol officer,
    /// analyst, auditor or administrator is not bound to a delegation, and a liaison officer without a
    /// delegation is bound to none (and so reaches nothing).
    /// </summary>
    /// <param name="user">The signed-in user.</param>
    public static Guid? BoundDelegation(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var value = user.FindFirstValue(DelegationId);
        return Guid.TryParse(value, CultureInfo.InvariantCulture, out var id) ? id : null;
    }

    /// <summary>Whether the user acts only for one delegation (a liaison officer who is not also a protocol officer).</summary>
    /// <param name="user">The signed-in user.</param>
    public static bool IsRestrictedToDelegation(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(LiaisonRoles.LiaisonOfficer) && !user.IsInRole(LiaisonRoles.ProtocolOfficer);
    }

    /// <summary>
    /// Whether the user may read confidential meeting content: protocol officers always, analysts
    /// with clearance, liaison officers for their own delegation's meetings (checked by the caller).
    /// </summary>
    /// <param name="user">The signed-in user.</param>
    public static bool MayReadConfidential(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(LiaisonRoles.ProtocolOfficer) || user.HasClaim(ConfidentialClearance, "true");
    }

    /// <summary>
    /// Whether the user holds <see cref="ConfidentialClearance"/>, whatever the role: the one key to restricted meeting
    /// record content (summaries and attendees) and to the internal report's restricted parts.
    /// </summary>
    /// <param name="user">The signed-in user.</param>
    public static bool HasConfidentialClearance(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.HasClaim(ConfidentialClearance, "true");
    }
}
