using System.Globalization;
using System.Security.Claims;
using Liaison.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Liaison.Web.Security;

/// <summary>
/// Adds Liaison's claims (<see cref="LiaisonClaims"/>) to the principal Identity builds at sign-in,
/// so the delegation binding and the clearance travel in the cookie and in the bearer token.
/// </summary>
internal sealed class LiaisonClaimsPrincipalFactory(
    UserManager<LiaisonUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<LiaisonUser, IdentityRole>(users, roles, options)
{
    /// <inheritdoc />
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(LiaisonUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.DelegationId is { } delegationId)
        {
            identity.AddClaim(new Claim(LiaisonClaims.DelegationId, delegationId.ToString("D", CultureInfo.InvariantCulture)));
        }

        if (user.ConfidentialClearance)
        {
            identity.AddClaim(new Claim(LiaisonClaims.ConfidentialClearance, "true"));
        }

        return identity;
    }
}
