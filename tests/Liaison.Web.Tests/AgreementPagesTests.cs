using System.Net;
using Liaison.Data;
using Liaison.Data.Dossiers;
using Liaison.Domain.Agreements;
using Liaison.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.Web.Tests;

public sealed class AgreementPagesTests
{
    [Theory]
    [InlineData(LiaisonRoles.Analyst)]
    [InlineData(LiaisonRoles.ProtocolOfficer)]
    public async Task TheRegisterListsTheTwoMousForTheCooperationDesk(string role)
    {
        await using var app = await LiaisonApp.StartAsync();
        var sample = await ImportedSample.ImportAsync(app);
        using var session = await PageSession.SignInAsync(app, role, culture: "fr");

        var (status, html) = await session.GetAsync($"/events/{sample.EventId}/agreements");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Éthiopie", html, StringComparison.Ordinal);
        Assert.Contains("Norvège", html, StringComparison.Ordinal);
        Assert.Contains("Mémorandum d&#x27;entente", html, StringComparison.Ordinal);
        Assert.Contains("Signé", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDetailOffersOnlyTheLifecyclesNextStatuses()
    {
        await using var app = await LiaisonApp.StartAsync();
        var sample = await ImportedSample.ImportAsync(app);
        using var session = await PageSession.SignInAsync(app, LiaisonRoles.Analyst);

        var (status, html) = await session.GetAsync($"/events/{sample.EventId}/agreements/mou-no-2024");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("value=\"InForce\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Terminated\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"Draft\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("agreements")]
    [InlineData("agreements/mou-no-2024")]
    public async Task ALiaisonOfficerIsForbidden(string page)
    {
        await using var app = await LiaisonApp.StartAsync();
        var sample = await ImportedSample.ImportAsync(app);
        using var session = await PageSession.SignInAsync(app, LiaisonRoles.LiaisonOfficer, sample.NorwayId);

        var (status, html) = await session.GetAsync($"/events/{sample.EventId}/{page}");

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.DoesNotContain("mou-no-2024", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnIllegalMoveShowsTheLifecycleMessageAndChangesNothing()
    {
        await using var app = await LiaisonApp.StartAsync();
        var sample = await ImportedSample.ImportAsync(app);
        using var session = await PageSession.SignInAsync(app, LiaisonRoles.Analyst);
        var url = $"/events/{sample.EventId}/agreements/mou-no-2024";

        using var response = await session.PostFormAsync(url + "?handler=Move", new() { ["to"] = "Draft" }, url);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("The status was not changed: An agreement cannot move from Signed to Draft.", html, StringComparison.Ordinal);
        var stored = await FindAsync(app, sample.EventId, "mou-no-2024");
        Assert.Equal(AgreementStatus.Signed, stored.Status);
        Assert.DoesNotContain(stored.History, h => h.To == AgreementStatus.Draft);
    }

    [Fact]
    public async Task AnAllowedMoveIsRecordedWithWhoMovedIt()
    {
        await using var app = await LiaisonApp.StartAsync();
        var sample = await ImportedSample.ImportAsync(app);
        using var session = await PageSession.SignInAsync(app, LiaisonRoles.Analyst);
        var url = $"/events/{sample.EventId}/agreements/mou-et-2024";

        using var response = await session.PostFormAsync(url + "?handler=Move", new() { ["to"] = "InForce" }, url);
        var (_, html) = await session.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await FindAsync(app, sample.EventId, "mou-et-2024");
        Assert.Equal(AgreementStatus.InForce, stored.Status);
        Assert.StartsWith("analyst-", stored.History[^1].By, StringComparison.Ordinal);
        Assert.Contains("value=\"Expired\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARefusedDocumentIsNamedBesideTheFieldAndAnAcceptedOneDownloadsAsAnAttachment()
    {
        await using var app = await LiaisonApp.StartAsync();
        var sample = await ImportedSample.ImportAsync(app);
        using var session = await PageSession.SignInAsync(app, LiaisonRoles.Analyst);
        var url = $"/events/{sample.EventId}/agreements/mou-et-2024";

        using var refused = await session.PostFileAsync(url + "?handler=Upload", "file", "mou.html", "<html><script>alert(1)</script></html>"u8.ToArray(), url);
        using var accepted = await session.PostFileAsync(url + "?handler=Upload", "file", "mou signed.pdf", "%PDF-1.7\n%signed\n"u8.ToArray(), url);
        var (_, detail) = await session.GetAsync(url);
        var link = System.Text.RegularExpressions.Regex.Match(detail, "href=\"([^\"]*handler=Download[^\"]*)\"").Groups[1].Value;
        using var download = await session.Client.GetAsync(new Uri(WebUtility.HtmlDecode(link), UriKind.Relative));

        Assert.Contains("The file was refused: The file is not a PDF, DOCX, PNG or JPEG document", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("%PDF-1.7\n%signed\n", await download.Content.ReadAsStringAsync());
    }

    private static async Task<Agreement> FindAsync(LiaisonApp app, Guid eventId, string id)
    {
        using var scope = app.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<AgreementStore>().FindAsync(eventId, id))!;
    }
}
