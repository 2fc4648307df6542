namespace Liaison.Web.Auth;

/// <summary>An antiforgery token for a cookie-signed-in client.</summary>
/// <param name="HeaderName">The request header to send it in.</param>
/// <param name="Token">The token.</param>
public sealed record AntiforgeryTokenResponse(string HeaderName, string Token);
