using System.Net;
using Liaison.Data;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests;

public sealed class TopicPagesTests
{
    [Fact]
    public async Task AReaderSeesEachTopicInItsLanguageFirstWithTheOtherThreeBesideAndNoForms()
    {
        await using var app = await LiaisonApp.StartAsync();
        var sample = await ImportedSample.ImportAsync(app);
        using var session = await PageSession.SignInAsync(app, LiaisonRoles.Analyst, culture: "es");

        var (status, html) = await session.GetAsync($"/events/{sample.EventId}/topics");
        var row = html[html.IndexOf("data-code=\"organised-crime\"", StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(html.IndexOf("<th>Español</th>", StringComparison.Ordinal) < html.IndexOf("<th>Árabe</th>", StringComparison.Ordinal));
        Assert.True(row.IndexOf("Delincuencia organizada", StringComparison.Ordinal) < row.IndexOf("Organised crime", StringComparison.Ordinal));
        Assert.Contains("Criminalité organisée", row, StringComparison.Ordinal);
        Assert.Contains("الجريمة المنظمة", row, StringComparison.Ordinal);
        Assert.Contains("Solo los administradores modifican los temas.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"add-topic\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAdministratorAddsRenamesAndDeletesTopicsButNotOneInUse()
    {
        await using var app = await LiaisonApp.StartAsync();
        var sample = await ImportedSample.ImportAsync(app);
        using var session = await PageSession.SignInAsync(app, LiaisonRoles.Administrator, culture: "fr");
        var page = $"/events/{sample.EventId}/topics";

        var added = await HtmlAsync(session, session.PostFormAsync($"{page}?handler=Add", Form("border-security", "Sécurité des frontières"), page));
        var renamed = await HtmlAsync(session, session.PostFormAsync($"{page}?handler=Rename", Form("border-security", "Gestion des frontières", version: 1), page));
        var inUse = await HtmlAsync(session, session.PostFormAsync($"{page}?handler=Delete", new() { ["Form.Code"] = "cross-border-crime" }, page));
        var deleted = await HtmlAsync(session, session.PostFormAsync($"{page}?handler=Delete", new() { ["Form.Code"] = "border-security" }, page));

        Assert.Contains("Thème border-security ajouté.", added, StringComparison.Ordinal);
        Assert.Contains("Sécurité des frontières", added, StringComparison.Ordinal);
        Assert.Contains("Thème border-security renommé.", renamed, StringComparison.Ordinal);
        Assert.Contains("Gestion des frontières", renamed, StringComparison.Ordinal);
        Assert.Contains("cross-border-crime figure dans 1 compte(s) rendu(s) de réunion et 1 accord(s)", inUse, StringComparison.Ordinal);
        Assert.Contains("désactivez-le plutôt", inUse, StringComparison.Ordinal);
        Assert.Contains("data-code=\"cross-border-crime\"", inUse, StringComparison.Ordinal);
        Assert.Contains("Thème border-security supprimé.", deleted, StringComparison.Ordinal);
        Assert.DoesNotContain("data-code=\"border-security\"", deleted, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAdministratorRetiresATopicInUseWhichReadersSeeMarkedAndThenReinstatesIt()
    {
        await using var app = await LiaisonApp.StartAsync();
        var sample = await ImportedSample.ImportAsync(app);
        using var session = await PageSession.SignInAsync(app, LiaisonRoles.Administrator, culture: "fr");
        using var reader = await PageSession.SignInAsync(app, LiaisonRoles.Analyst, culture: "ar");
        var page = $"/events/{sample.EventId}/topics";
        var topic = new Dictionary<string, string> { ["Form.Code"] = "cross-border-crime", ["Form.Version"] = "1" };

        var retired = await HtmlAsync(session, session.PostFormAsync($"{page}?handler=Retire", topic, page));
        var (_, readerView) = await reader.GetAsync(page);
        var stale = await HtmlAsync(session, session.PostFormAsync($"{page}?handler=Reinstate", topic, page));
        topic["Form.Version"] = "2";
        var reinstated = await HtmlAsync(session, session.PostFormAsync($"{page}?handler=Reinstate", topic, page));

        Assert.Contains("Thème cross-border-crime désactivé : les formulaires ne le proposent plus.", retired, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge\" data-testid=\"retired\">Désactivé</span>", Row(retired, "cross-border-crime"), StringComparison.Ordinal);
        Assert.Contains(">Réactiver</button>", Row(retired, "cross-border-crime"), StringComparison.Ordinal);
        Assert.Contains(">Désactiver</button>", Row(retired, "terrorism"), StringComparison.Ordinal);
        Assert.Contains("مسحوب من الاستخدام", Row(readerView, "cross-border-crime"), StringComparison.Ordinal);
        Assert.DoesNotContain("<button", Row(readerView, "cross-border-crime"), StringComparison.Ordinal);
        Assert.Contains("Quelqu’un a modifié cross-border-crime", stale, StringComparison.Ordinal);
        Assert.Contains("Thème cross-border-crime réactivé", reinstated, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"retired\"", reinstated, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingNameIsShownAndNothingIsAdded()
    {
        await using var app = await LiaisonApp.StartAsync();
        var sample = await ImportedSample.ImportAsync(app);
        using var session = await PageSession.SignInAsync(app, LiaisonRoles.Administrator);
        var page = $"/events/{sample.EventId}/topics";
        var fields = Form("border-security", "Sécurité des frontières");
        fields["Form.Es"] = " ";

        var html = await HtmlAsync(session, session.PostFormAsync($"{page}?handler=Add", fields, page));

        Assert.Contains("Give the topic a name in Spanish.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-code=\"border-security\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnlyAdministratorsChangeTopicsAndLiaisonOfficersDoNotSeeThem()
    {
        await using var app = await LiaisonApp.StartAsync();
        var sample = await ImportedSample.ImportAsync(app);
        using var protocol = await PageSession.SignInAsync(app, LiaisonRoles.ProtocolOfficer);
        using var officer = await PageSession.SignInAsync(app, LiaisonRoles.LiaisonOfficer, sample.NorwayId);
        var page = $"/events/{sample.EventId}/topics";

        using var refused = await protocol.PostFormAsync($"{page}?handler=Delete", new() { ["Form.Code"] = "terrorism" }, page);
        var (officerStatus, _) = await officer.GetAsync(page);
        var (_, after) = await protocol.GetAsync(page);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, officerStatus);
        Assert.Contains("data-code=\"terrorism\"", after, StringComparison.Ordinal);
    }

    private static string Row(string html, string code)
    {
        var row = html[html.IndexOf($"data-code=\"{code}\"", StringComparison.Ordinal)..];
        return row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
    }

    private static Dictionary<string, string> Form(string code, string french, int version = 0) => new()
    {
        ["Form.Code"] = code, ["Form.Ar"] = $"{french} (ar)", ["Form.En"] = $"{french} (en)", ["Form.Es"] = $"{french} (es)",
        ["Form.Fr"] = french, ["Form.Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>The page a form post answers: the page itself on a refusal, the page it redirects to after a change.</summary>
    private static async Task<string> HtmlAsync(PageSession session, Task<HttpResponseMessage> posted)
    {
        using var response = await posted;
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            var (status, html) = await session.GetAsync(response.Headers.Location!.OriginalString);
            Assert.Equal(HttpStatusCode.OK, status);
            return html;
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
