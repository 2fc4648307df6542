using System.Net;
using Liaison.Data;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests;

/// <summary>The layout, sign-in, sign-out and the language switch, rendered by the real host with the strict localizer.</summary>
public sealed class ShellPagesTests
{
    [Theory]
    [InlineData("ar", "rtl", "تسجيل الدخول")]
    [InlineData("en", "ltr", "Sign in")]
    [InlineData("es", "ltr", "Iniciar sesión")]
    [InlineData("fr", "ltr", "Connexion")]
    public async Task SignInPageSpeaksTheBrowsersLanguageWithItsDirection(string culture, string direction, string title)
    {
        await using var app = await LiaisonApp.StartAsync();
        using var session = PageSession.Anonymous(app, culture);

        var (status, html) = await session.GetAsync("/account/sign-in");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"<html lang=\"{culture}\" dir=\"{direction}\">", html, StringComparison.Ordinal);
        Assert.Contains($"<h1>{title}</h1>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APageAskedForSignedOutGoesToSignInAndBack()
    {
        await using var app = await LiaisonApp.StartAsync();
        using var session = PageSession.Anonymous(app);

        using var response = await session.Client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/sign-in?ReturnUrl=%2F", response.Headers.Location?.PathAndQuery);
    }

    [Fact]
    public async Task AWrongPasswordIsSaidInTheChosenLanguageAndSignsNobodyIn()
    {
        await using var app = await LiaisonApp.StartAsync();
        await app.CreateUserAsync("someone", LiaisonRoles.ProtocolOfficer);
        using var session = PageSession.Anonymous(app, "fr");

        using var response = await session.PostFormAsync("/account/sign-in", new() { ["UserName"] = "someone", ["Password"] = "not-the-password" });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Le nom d&#x27;utilisateur ou le mot de passe est incorrect.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"who\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEmptyFormGetsAMessageNextToEachField()
    {
        await using var app = await LiaisonApp.StartAsync();
        using var session = PageSession.Anonymous(app, "es");

        using var response = await session.PostFormAsync("/account/sign-in", new() { ["UserName"] = "", ["Password"] = "" });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("data-valmsg-for=\"UserName\" data-valmsg-replace=\"true\">Introduzca su nombre de usuario.</span>", html, StringComparison.Ordinal);
        Assert.Contains("data-valmsg-for=\"Password\" data-valmsg-replace=\"true\">Introduzca su contrase", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignedInLayoutShowsNameRoleAndDelegationThenSignsOut()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app);
        using var session = await PageSession.SignInAsync(app, LiaisonRoles.LiaisonOfficer, data.NorwayId, "ar");

        var (status, html) = await session.GetAsync("/");
        using var signOut = await session.PostFormAsync("/account/sign-out", [], formPage: "/");
        using var after = await session.Client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<span class=\"roles\">ضابط الاتصال</span>", html, StringComparison.Ordinal);
        Assert.Contains("الوفد: <bdi>النرويج</bdi>", html, StringComparison.Ordinal);
        Assert.Contains("Test assembly", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task LanguageSwitchKeepsTheChoiceInACookieOverTheBrowsersLanguage()
    {
        await using var app = await LiaisonApp.StartAsync();
        using var session = PageSession.Anonymous(app, "en");

        using var switched = await session.PostFormAsync("/account/language", new() { ["culture"] = "ar", ["returnUrl"] = "/account/sign-in" }, formPage: "/account/sign-in");
        var (_, html) = await session.GetAsync("/account/sign-in");

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/account/sign-in", switched.Headers.Location?.OriginalString);
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LanguageSwitchRefusesAnUnsupportedCultureAndForeignReturnUrls()
    {
        await using var app = await LiaisonApp.StartAsync();
        using var session = PageSession.Anonymous(app);

        using var unsupported = await session.PostFormAsync("/account/language", new() { ["culture"] = "de" }, formPage: "/account/sign-in");
        using var foreign = await session.PostFormAsync("/account/language", new() { ["culture"] = "fr", ["returnUrl"] = "https://elsewhere.example/" }, formPage: "/account/sign-in");

        Assert.Equal(HttpStatusCode.BadRequest, unsupported.StatusCode);
        Assert.Equal("/", foreign.Headers.Location?.OriginalString);
    }
}
