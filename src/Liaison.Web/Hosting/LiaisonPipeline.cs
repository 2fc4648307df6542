using Liaison.Web.Security;

namespace Liaison.Web.Hosting;

/// <summary>The request pipeline, in order: errors, security headers, sign-in, authorization, antiforgery.</summary>
internal static class LiaisonPipeline
{
    /// <summary>Adds the middleware.</summary>
    /// <param name="app">The application.</param>
    public static WebApplication UseLiaisonPipeline(this WebApplication app)
    {
        app.UseExceptionHandler();
        // Empty 4xx/5xx answers (401, 403, 404 from routing) get a ProblemDetails body too.
        app.UseStatusCodePages();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<CookieAntiforgeryMiddleware>();
        return app;
    }
}
