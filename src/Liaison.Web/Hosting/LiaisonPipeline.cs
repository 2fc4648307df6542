using Liaison.Web.Security;

namespace Liaison.Web.Hosting;

/// <summary>
/// The request pipeline, in order: errors, security headers, status pages, static files, culture,
/// sign-in, authorization, antiforgery.
/// </summary>
internal static class LiaisonPipeline
{
    /// <summary>The page that shows an error status (404, 403, ...) to a browser; <c>{0}</c> is the code.</summary>
    public const string StatusPage = "/status/{0}";

    /// <summary>Adds the middleware.</summary>
    /// <param name="app">The application.</param>
    public static WebApplication UseLiaisonPipeline(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        // Empty 4xx/5xx answers get a body: ProblemDetails under /api, a localized page elsewhere.
        app.UseWhen(c => IsApi(c.Request), api => api.UseStatusCodePages());
        // Only GETs are re-executed: a refused form post keeps its plain status.
        app.UseWhen(c => !IsApi(c.Request) && HttpMethods.IsGet(c.Request.Method), pages => pages.UseStatusCodePagesWithReExecute(StatusPage));
        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<CookieAntiforgeryMiddleware>();
        return app;
    }

    /// <summary>Whether the request is for the HTTP API (answers status codes and ProblemDetails, never pages or redirects).</summary>
    /// <param name="request">The request.</param>
    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || request.Path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase);
}
