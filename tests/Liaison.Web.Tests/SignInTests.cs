using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Liaison.Data;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests;

public sealed class SignInTests
{
    [Fact]
    public async Task BearerTokenFromLoginOpensTheApi()
    {
        await using var app = await LiaisonApp.StartAsync();
        var password = await app.CreateUserAsync("officer", LiaisonRoles.ProtocolOfficer);
        using var client = await app.SignInAsync("officer", password);

        var me = await client.GetFromJsonAsync<JsonElement>("/api/auth/me");

        Assert.Equal("officer", me.GetProperty("userName").GetString());
        Assert.Equal(LiaisonRoles.ProtocolOfficer, me.GetProperty("roles")[0].GetString());
    }

    [Fact]
    public async Task LocksTheAccountAfterFiveFailedSignIns()
    {
        await using var app = await LiaisonApp.StartAsync();
        var password = await app.CreateUserAsync("officer", LiaisonRoles.ProtocolOfficer);
        using var client = app.CreateClient();

        for (var i = 0; i < 5; i++)
        {
            using var wrong = await client.PostAsJsonAsync("/api/auth/login", new { userName = "officer", password = "wrong password" });
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var right = await client.PostAsJsonAsync("/api/auth/login", new { userName = "officer", password });
        var problem = await right.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Equal("Locked out", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task CookieSignInNeedsTheAntiforgeryTokenOnUnsafeRequestsButBearerDoesNot()
    {
        await using var app = await LiaisonApp.StartAsync();
        var password = await app.CreateUserAsync("officer", LiaisonRoles.ProtocolOfficer);
        using var browser = app.CreateClient();
        (await browser.PostAsJsonAsync("/api/auth/login?useCookies=true", new { userName = "officer", password })).EnsureSuccessStatusCode();

        using var withoutToken = await browser.PostAsync(new Uri("/api/auth/logout", UriKind.Relative), null);
        var token = await browser.GetFromJsonAsync<JsonElement>("/api/auth/antiforgery");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/logout");
        request.Headers.Add(token.GetProperty("headerName").GetString()!, token.GetProperty("token").GetString());
        using var withToken = await browser.SendAsync(request);
        using var bearer = await app.SignInAsync("officer", password);
        using var bearerLogout = await bearer.PostAsync(new Uri("/api/auth/logout", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Contains("X-XSRF-TOKEN", await withoutToken.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, withToken.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, bearerLogout.StatusCode);
    }
}
