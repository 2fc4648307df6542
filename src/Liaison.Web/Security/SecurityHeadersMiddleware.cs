namespace Liaison.Web.Security;

/// <summary>
/// Adds the security headers every response carries: a Content-Security-Policy that allows only
/// the server's own origin (no inline script or style, so pages load their CSS and htmx from wwwroot), forms posting only there, no framing, <c>X-Content-Type-Options: nosniff</c>, a strict
/// Referrer-Policy and <c>X-Frame-Options: DENY</c> for browsers that predate frame-ancestors.
/// </summary>
/// <remarks>Source: OWASP Secure Headers Project recommendations. Stateless and thread-safe.</remarks>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    /// <summary>The Content-Security-Policy sent on every response.</summary>
    public const string ContentSecurityPolicy = "default-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

    /// <summary>Sets the headers before the response starts, then calls the rest of the pipeline.</summary>
    /// <param name="context">The request.</param>
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            // An endpoint that serves a self-contained page (the engagement report) sets its own, narrower policy.
            if (string.IsNullOrEmpty(headers.ContentSecurityPolicy))
            {
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
            }

            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.XFrameOptions = "DENY";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
