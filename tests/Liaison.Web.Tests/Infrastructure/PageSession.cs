using System.Net;
using System.Text.RegularExpressions;

namespace Liaison.Web.Tests.Infrastructure;

/// <summary>
/// A browser-like client of the pages: keeps cookies, reads the antiforgery token from each form
/// it gets and posts forms with it. Sign in through the sign-in page with <see cref="SignInAsync"/>.
/// </summary>
public sealed partial class PageSession(HttpClient client) : IDisposable
{
    /// <summary>The client (cookies kept; redirects not followed).</summary>
    public HttpClient Client { get; } = client;

    /// <summary>A session for a new user of the role, signed in through the page.</summary>
    public static async Task<PageSession> SignInAsync(LiaisonApp app, string role, Guid? delegationId = null, string culture = "en", bool clearance = false)
    {
        var userName = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}"[..24];
        var password = await app.CreateUserAsync(userName, role, delegationId, clearance);
        var session = Anonymous(app, culture);
        using var response = await session.PostFormAsync("/account/sign-in", new() { ["UserName"] = userName, ["Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in of {userName} answered {response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return session;
    }

    /// <summary>A signed-out session whose browser asks for <paramref name="culture"/>.</summary>
    public static PageSession Anonymous(LiaisonApp app, string culture = "en")
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(culture);
        return new PageSession(client);
    }

    /// <summary>GETs a page and returns its status and HTML.</summary>
    public async Task<(HttpStatusCode Status, string Html)> GetAsync(string url)
    {
        using var response = await Client.GetAsync(new Uri(url, UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>GETs <paramref name="formPage"/> (default: <paramref name="url"/>) for its antiforgery token, then POSTs the fields with it to <paramref name="url"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string url, Dictionary<string, string> fields, string? formPage = null)
    {
        var (_, html) = await GetAsync(formPage ?? url);
        var token = TokenPattern().Match(html);
        if (!token.Success)
        {
            throw new InvalidOperationException($"{formPage ?? url} has no form with an antiforgery token.");
        }

        var body = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value) };
        using var content = new FormUrlEncodedContent(body);
        return await Client.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    /// <summary>GETs <paramref name="formPage"/> for its antiforgery token, then POSTs one file as multipart form data to <paramref name="url"/>.</summary>
    public async Task<HttpResponseMessage> PostFileAsync(string url, string field, string fileName, byte[] content, string formPage)
    {
        var (_, html) = await GetAsync(formPage);
        var token = TokenPattern().Match(html);
        using var body = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(token.Groups[1].Value)), "__RequestVerificationToken" },
            { new ByteArrayContent(content), field, fileName },
        };
        return await Client.PostAsync(new Uri(url, UriKind.Relative), body);
    }

    /// <inheritdoc />
    public void Dispose() => Client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
