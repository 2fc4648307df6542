using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
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
        // Empty 4xx/5xx answers get a body: a localized page for a browser's GET, ProblemDetails under /api.
        // The re-execution stays on the main pipeline: a UseWhen branch has no routing of its own, so
        // the status page re-executed there found no endpoint and the browser got an empty 404.
        app.UseStatusCodePagesWithReExecute(StatusPage);
        app.Use(KeepStatusPageForBrowserGets);
        app.UseWhen(c => IsApi(c.Request), api => api.UseStatusCodePages());
        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<CookieAntiforgeryMiddleware>();
        return app;
    }

    /// <summary>
    /// Turns the status page off for the API (which answers ProblemDetails) and for anything but a GET:
    /// a refused form post keeps its plain status.
    /// </summary>
    private static Task KeepStatusPageForBrowserGets(HttpContext context, RequestDelegate next)
    {
        if (IsApi(context.Request) || !HttpMethods.IsGet(context.Request.Method))
        {
            context.Features.GetRequiredFeature<IStatusCodePagesFeature>().Enabled = false;
        }

        return next(context);
    }

    /// <summary>Whether the request is for the HTTP API (answers status codes and ProblemDetails, never pages or redirects).</summary>
    /// <param name="request">The request.</param>
    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || request.Path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase);
}
