using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Liaison.Data;
using Liaison.Web.Reports;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests;

public sealed class ReportsApiTests
{
    /// <summary>The names the sample gives the partners the public report does not name, in English, Arabic and French.</summary>
    private const string ConfidentialPartner = "Undisclosed member country";
    private const string ConfidentialPartnerArabic = "دولة عضو غير مُعلنة";
    private const string ConfidentialPartnerFrench = "Pays membre non divulgué";

    [Fact]
    public async Task PublicReportCountsEveryMeetingAndNamesOnlyThePublicOnes()
    {
        await using var app = await LiaisonApp.StartAsync();
        using var auditor = await app.ClientForAsync(LiaisonRoles.Auditor);
        var eventId = await MarrakechEvent.ImportAsync(await app.ClientForAsync(LiaisonRoles.ProtocolOfficer));

        using var response = await auditor.GetAsync(new Uri($"/api/events/{eventId}/report?lang=en&audience=public", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        using var arabic = await auditor.GetAsync(new Uri($"/api/events/{eventId}/report?lang=ar&audience=public", UriKind.Relative));
        var arabicHtml = await arabic.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(ReportsApi.PagePolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("Bilateral meetings held: 43", html, StringComparison.Ordinal);
        Assert.Contains("Poland", html, StringComparison.Ordinal);
        Assert.Contains("Ethiopian Federal Police", html, StringComparison.Ordinal);
        Assert.DoesNotContain(ConfidentialPartner, html, StringComparison.Ordinal);
        Assert.Contains("dir=\"rtl\"", arabicHtml, StringComparison.Ordinal);
        Assert.DoesNotContain(ConfidentialPartner, arabicHtml, StringComparison.Ordinal);
        Assert.DoesNotContain(ConfidentialPartnerArabic, WebUtility.HtmlDecode(arabicHtml), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InternalReportIsForTheCooperationDeskAndPublicOneForAllButLiaisonOfficers()
    {
        await using var app = await LiaisonApp.StartAsync();
        using var officer = await app.ClientForAsync(LiaisonRoles.ProtocolOfficer);
        using var auditor = await app.ClientForAsync(LiaisonRoles.Auditor);
        var eventId = await MarrakechEvent.ImportAsync(officer);
        var delegationId = await FirstDelegationAsync(officer, eventId);
        using var liaisonOfficer = await app.ClientForAsync(LiaisonRoles.LiaisonOfficer, delegationId);
        var url = $"/api/events/{eventId}/report?lang=fr&audience=";

        var internalHtml = await officer.GetStringAsync(new Uri(url + "internal", UriKind.Relative));
        using var auditorInternal = await auditor.GetAsync(new Uri(url + "internal", UriKind.Relative));
        using var liaisonPublic = await liaisonOfficer.GetAsync(new Uri(url + "public", UriKind.Relative));
        using var badLanguage = await officer.GetAsync(new Uri($"/api/events/{eventId}/report?lang=de&audience=public", UriKind.Relative));

        Assert.Contains(ConfidentialPartnerFrench, WebUtility.HtmlDecode(internalHtml), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, auditorInternal.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, liaisonPublic.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badLanguage.StatusCode);
        Assert.Contains("lang", await badLanguage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PdfIsPrintedInChromiumAndItsAbsenceAnswers503SayingHowToInstallIt()
    {
        await using var app = await LiaisonApp.StartAsync();
        await using var withoutBrowser = await LiaisonApp.StartAsync(settings: new Dictionary<string, string?>
        {
            [ReportsApi.ChromiumKey] = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "chromium"),
        });
        using var analyst = await app.ClientForAsync(LiaisonRoles.Analyst);
        using var unlucky = await withoutBrowser.ClientForAsync(LiaisonRoles.Analyst);
        var eventId = await MarrakechEvent.ImportAsync(await app.ClientForAsync(LiaisonRoles.ProtocolOfficer));
        var otherId = await MarrakechEvent.ImportAsync(await withoutBrowser.ClientForAsync(LiaisonRoles.ProtocolOfficer));

        using var pdf = await analyst.GetAsync(new Uri($"/api/events/{eventId}/report.pdf?lang=en&audience=public", UriKind.Relative));
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        using var unavailable = await unlucky.GetAsync(new Uri($"/api/events/{otherId}/report.pdf?lang=en&audience=public", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", pdf.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("%PDF-", Encoding.ASCII.GetString(bytes, 0, 5));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, unavailable.StatusCode);
        Assert.Contains("apt-get install -y chromium fonts-noto-core", await unavailable.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<Guid> FirstDelegationAsync(HttpClient officer, Guid eventId)
    {
        var delegations = await officer.GetFromJsonAsync<JsonElement>($"/api/events/{eventId}/delegations");
        return delegations[0].GetProperty("id").GetGuid();
    }
}
