using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Net.Http.Headers;

namespace Liaison.Web.Security;

/// <summary>
/// Validates the antiforgery token on every unsafe request (POST, PUT, PATCH, DELETE) made with
/// the sign-in cookie, since a browser attaches that cookie to cross-site requests too. Requests
/// with an <c>Authorization</c> header authenticate by bearer token, which a browser never adds on
/// its own, so they are exempt; anonymous requests are left to authorization.
/// </summary>
/// <remarks>The token comes from <c>GET /api/auth/antiforgery</c> and goes back in the <see cref="HeaderName"/> header.</remarks>
internal sealed class CookieAntiforgeryMiddleware(RequestDelegate next, IAntiforgery antiforgery)
{
    /// <summary>The request header that carries the antiforgery token.</summary>
    public const string HeaderName = "X-XSRF-TOKEN";

    /// <summary>Validates the token when the request needs it; answers 400 ProblemDetails when it is missing or wrong.</summary>
    /// <param name="context">The request.</param>
    public async Task InvokeAsync(HttpContext context)
    {
        if (NeedsValidation(context) && !await antiforgery.IsRequestValidAsync(context))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await Results.Problem(
                title: "Antiforgery token missing or invalid",
                detail: $"A request signed in with the cookie must send the token from GET /api/auth/antiforgery in the {HeaderName} header.",
                statusCode: StatusCodes.Status400BadRequest).ExecuteAsync(context);
            return;
        }

        await next(context);
    }

    private static bool NeedsValidation(HttpContext context)
    {
        var method = context.Request.Method;
        var safe = HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method);
        return !safe
            && !context.Request.Headers.ContainsKey(HeaderNames.Authorization)
            && context.User.Identity?.IsAuthenticated == true;
    }
}
