using System.Security.Claims;
using Liaison.Data;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Liaison.Web.Auth;

/// <summary>
/// Sign-in and sign-out under <c>/api/auth</c>. Login is the only anonymous endpoint of the API;
/// it counts failed attempts and locks the account after <see cref="AuthenticationSetup.MaxFailedSignIns"/>.
/// </summary>
internal static class AuthApi
{
    /// <summary>Maps the endpoints.</summary>
    /// <param name="api">The <c>/api</c> group.</param>
    public static RouteGroupBuilder MapAuthApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/auth").WithTags("Auth");
        group.MapPost("/login", LoginAsync).AllowAnonymous()
            .Produces<AccessTokenResponse>()
            .WithSummary("Signs in; returns a bearer token, or sets the sign-in cookie with ?useCookies=true.");
        group.MapPost("/logout", LogoutAsync).RequireAuthorization(Policies.SignedIn)
            .WithSummary("Signs out of the cookie session.");
        group.MapGet("/me", Me).RequireAuthorization(Policies.SignedIn)
            .WithSummary("Who is signed in, with roles, delegation and clearance.");
        group.MapGet("/antiforgery", Antiforgery).RequireAuthorization(Policies.SignedIn)
            .WithSummary("An antiforgery token that cookie-signed-in clients send on unsafe requests.");
        return group;
    }

    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> LoginAsync(
        LoginRequest login, bool? useCookies, SignInManager<LiaisonUser> signIn)
    {
        signIn.AuthenticationScheme = useCookies == true ? IdentityConstants.ApplicationScheme : IdentityConstants.BearerScheme;
        var result = await signIn.PasswordSignInAsync(login.UserName, login.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            // The bearer handler has written the token response; the cookie handler has set the cookie.
            return TypedResults.Empty;
        }

        var detail = result.IsLockedOut
            ? $"The account is locked after {AuthenticationSetup.MaxFailedSignIns} failed sign-ins; try again in {AuthenticationSetup.LockoutDuration.TotalMinutes} minutes or ask an administrator."
            : "The user name or password is wrong.";
        return TypedResults.Problem(title: result.IsLockedOut ? "Locked out" : "Sign-in failed", detail: detail, statusCode: StatusCodes.Status401Unauthorized);
    }

    private static async Task<NoContent> LogoutAsync(SignInManager<LiaisonUser> signIn)
    {
        await signIn.SignOutAsync();
        return TypedResults.NoContent();
    }

    private static Ok<CurrentUserResponse> Me(ClaimsPrincipal user)
        => TypedResults.Ok(new CurrentUserResponse(
            user.Identity?.Name ?? string.Empty,
            user.FindAll(ClaimTypes.Role).Select(c => c.Value).Order(StringComparer.Ordinal).ToList(),
            user.BoundDelegation(),
            user.HasClaim(LiaisonClaims.ConfidentialClearance, "true")));

    private static Ok<AntiforgeryTokenResponse> Antiforgery(HttpContext context, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        return TypedResults.Ok(new AntiforgeryTokenResponse(CookieAntiforgeryMiddleware.HeaderName, tokens.RequestToken ?? string.Empty));
    }
}
