using Liaison.Data;
using Microsoft.AspNetCore.Authorization;

namespace Liaison.Web.Security;

/// <summary>Registers the named policies of <see cref="Policies"/> with the roles each admits.</summary>
internal static class AuthorizationSetup
{
    /// <summary>Adds the policies; any endpoint without one falls back to "signed in", but every endpoint names its own.</summary>
    /// <param name="services">The service collection.</param>
    public static IServiceCollection AddLiaisonAuthorization(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.ProtocolOffice, p => p.RequireRole(LiaisonRoles.ProtocolOfficer))
            .AddPolicy(Policies.LiaisonOfficerOrProtocol, p => p.RequireAssertion(c =>
                c.User.IsInRole(LiaisonRoles.ProtocolOfficer) || IsBoundLiaisonOfficer(c)))
            .AddPolicy(Policies.ProgrammeReader, p => p.RequireAssertion(c =>
                c.User.IsInRole(LiaisonRoles.ProtocolOfficer) || c.User.IsInRole(LiaisonRoles.Analyst) || IsBoundLiaisonOfficer(c)))
            .AddPolicy(Policies.Analyst, p => p.RequireRole(LiaisonRoles.ProtocolOfficer, LiaisonRoles.Analyst))
            .AddPolicy(Policies.CooperationDesk, p => p.RequireRole(LiaisonRoles.ProtocolOfficer, LiaisonRoles.Analyst))
            .AddPolicy(Policies.PublicReportReader, p => p.RequireAssertion(c =>
                c.User.Identity?.IsAuthenticated == true && !c.User.IsRestrictedToDelegation()))
            .AddPolicy(Policies.TopicReader, p => p.RequireRole(LiaisonRoles.ProtocolOfficer, LiaisonRoles.Analyst, LiaisonRoles.Administrator))
            .AddPolicy(Policies.Auditor, p => p.RequireRole(LiaisonRoles.Auditor))
            .AddPolicy(Policies.Administrator, p => p.RequireRole(LiaisonRoles.Administrator))
            .AddPolicy(Policies.SignedIn, p => p.RequireAuthenticatedUser());
        return services;
    }

    private static bool IsBoundLiaisonOfficer(AuthorizationHandlerContext context)
        => context.User.IsInRole(LiaisonRoles.LiaisonOfficer) && context.User.BoundDelegation() is not null;
}
