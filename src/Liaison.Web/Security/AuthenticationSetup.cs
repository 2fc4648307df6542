using Liaison.Data;
using Liaison.Web.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Net.Http.Headers;

namespace Liaison.Web.Security;

/// <summary>
/// ASP.NET Core Identity with two ways in: the sign-in cookie for the web pages and Identity's
/// bearer token for API clients. A policy scheme picks the bearer handler when the request has an
/// <c>Authorization</c> header and the cookie handler otherwise.
/// </summary>
internal static class AuthenticationSetup
{
    /// <summary>The default scheme: forwards to the bearer or the cookie scheme.</summary>
    public const string CookieOrBearer = "CookieOrBearer";

    /// <summary>The sign-in page, where a signed-out browser asking for a page is sent.</summary>
    public const string SignInPath = "/account/sign-in";

    /// <summary>Failed sign-ins in a row after which an account is locked.</summary>
    public const int MaxFailedSignIns = 5;

    /// <summary>How long a locked account stays locked.</summary>
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    /// <summary>Registers Identity, the cookie, the bearer token, the policy scheme and antiforgery.</summary>
    /// <param name="services">The service collection.</param>
    public static IServiceCollection AddLiaisonAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(CookieOrBearer)
            .AddPolicyScheme(CookieOrBearer, "Cookie or bearer token", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.ContainsKey(HeaderNames.Authorization) ? IdentityConstants.BearerScheme : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme)
            .AddIdentityCookies();

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "Liaison.Auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.SlidingExpiration = true;
            o.LoginPath = SignInPath;
            // The API answers with a status code, never with a redirect; a page sends the browser to sign in.
            o.Events.OnRedirectToLogin = c => LiaisonPipeline.IsApi(c.Request)
                ? WriteStatus(c.Response, StatusCodes.Status401Unauthorized)
                : Redirect(c.Response, c.RedirectUri);
            o.Events.OnRedirectToAccessDenied = c => WriteStatus(c.Response, StatusCodes.Status403Forbidden);
        });

        services.AddIdentityCore<LiaisonUser>(o =>
            {
                o.Lockout.MaxFailedAccessAttempts = MaxFailedSignIns;
                o.Lockout.DefaultLockoutTimeSpan = LockoutDuration;
                o.Lockout.AllowedForNewUsers = true;
                o.Password.RequiredLength = 12;
                o.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<LiaisonDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<LiaisonClaimsPrincipalFactory>();

        services.AddAntiforgery(o =>
        {
            o.HeaderName = CookieAntiforgeryMiddleware.HeaderName;
            o.Cookie.Name = "Liaison.Antiforgery";
            o.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Strict;
        });
        return services;
    }

    private static Task Redirect(HttpResponse response, string uri)
    {
        response.Redirect(uri);
        return Task.CompletedTask;
    }

    private static Task WriteStatus(HttpResponse response, int statusCode)
    {
        response.StatusCode = statusCode;
        return Task.CompletedTask;
    }
}
