using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Liaison.Data;
using Liaison.Data.Entities;
using Liaison.Domain.Agreements;
using Liaison.Web.Tests.Infrastructure;
using NodaTime.Text;

namespace Liaison.Web.Tests;

public sealed partial class AgreementPagesTests
{
    [Theory]
    [InlineData(LiaisonRoles.Analyst)]
    [InlineData(LiaisonRoles.ProtocolOfficer)]
    public async Task TheRegisterListsTheTwoMousForTheCooperationDesk(string role)
    {
        await using var desk = await SampleDesk.OpenAsync(role, culture: "fr");

        var (status, html) = await desk.Session.GetAsync($"/events/{desk.EventId}/agreements");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Éthiopie", html, StringComparison.Ordinal);
        Assert.Contains("Norvège", html, StringComparison.Ordinal);
        Assert.Contains("Mémorandum d&#x27;entente", html, StringComparison.Ordinal);
        Assert.Contains("Signé", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/events/{desk.EventId}/agreements/edit\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDetailOffersOnlyTheLifecyclesNextStatuses()
    {
        await using var desk = await SampleDesk.OpenAsync();

        var (status, html) = await desk.Session.GetAsync($"/events/{desk.EventId}/agreements/mou-no-2024");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("value=\"InForce\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Terminated\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"Draft\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(LiaisonRoles.LiaisonOfficer, "agreements")]
    [InlineData(LiaisonRoles.LiaisonOfficer, "agreements/mou-no-2024")]
    [InlineData(LiaisonRoles.LiaisonOfficer, "agreements/edit?meeting=R22")]
    [InlineData(LiaisonRoles.LiaisonOfficer, "agreements/edit/mou-no-2024")]
    [InlineData(LiaisonRoles.Auditor, "agreements/edit/mou-no-2024")]
    public async Task ARoleOutsideTheCooperationDeskIsForbidden(string role, string page)
    {
        await using var desk = await SampleDesk.OpenAsync(role);

        var (status, html) = await desk.Session.GetAsync($"/events/{desk.EventId}/{page}");

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.DoesNotContain("mou-no-2024", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("agreements/edit/mou-xx")]
    [InlineData("agreements/edit?meeting=R99")]
    public async Task AnAgreementOrMeetingTheEventLacksIsNotFound(string page)
    {
        await using var desk = await SampleDesk.OpenAsync();

        var (status, _) = await desk.Session.GetAsync($"/events/{desk.EventId}/{page}");

        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Fact]
    public async Task ANewAgreementFromAMeetingsRecordIsPrefilledFromTheMeeting()
    {
        await using var desk = await SampleDesk.OpenAsync(culture: "es");

        var (status, html) = await desk.Session.GetAsync($"/events/{desk.EventId}/agreements/edit?meeting=R22");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Matches("<option value=\"NO\" selected=\"selected\">Noruega</option>", html);
        Assert.Matches("<option value=\"R22\" selected=\"selected\">", html);
        Assert.Matches("<option value=\"Signed\" selected=\"selected\">", html);
        Assert.Matches("name=\"Form.SignedOn\" value=\"2024-11-2\\d\"", html);
        Assert.Contains("Delincuencia transfronteriza", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANewAgreementIsAddedToTheRegisterAndAudited()
    {
        await using var desk = await SampleDesk.OpenAsync();
        var url = $"/events/{desk.EventId}/agreements/edit?meeting=R14";

        using var response = await desk.Session.PostFormAsync(url, NewProtocol());
        var stored = await desk.AgreementAsync("protocol-et-2025");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/events/{desk.EventId}/agreements/protocol-et-2025", response.Headers.Location?.OriginalString);
        Assert.NotNull(stored);
        Assert.Equal((AgreementKind.Protocol, AgreementStatus.Draft, "ET", "R14"), (stored.Kind, stored.Status, stored.PartnerPartyCode, stored.MeetingRequestId));
        Assert.Equal("Protocole sur la formation policière", stored.Titles["fr"]);
        Assert.Equal(["police-training"], stored.SubjectTopicCodes);
        var added = Assert.Single(await desk.AuditAsync(nameof(AgreementEntity)), a => a.Action == AuditAction.Added && a.After!.Contains("protocol-et-2025", StringComparison.Ordinal));
        Assert.StartsWith("analyst-", added.UserName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEditChangesTheFactsAndKeepsTheStatusAndItsHistory()
    {
        await using var desk = await SampleDesk.OpenAsync();
        var before = (await desk.AgreementAsync("mou-no-2024"))!;
        var url = $"/events/{desk.EventId}/agreements/edit/mou-no-2024";

        using var response = await desk.Session.PostFormAsync(url, await EditFieldsAsync(desk.Session, url, ("Form.RenewalDate", "2029-11-26"), ("Form.DurationMonths", "60")));
        var after = (await desk.AgreementAsync("mou-no-2024"))!;

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("2029-11-26", LocalDatePattern.Iso.Format(after.RenewalDate!.Value));
        Assert.Equal(60, after.DurationMonths);
        Assert.Equal((before.Status, before.History.Count, before.SignedOn), (after.Status, after.History.Count, after.SignedOn));
    }

    [Fact]
    public async Task ARetiredTopicIsNoLongerOfferedButAnAgreementNamingItKeepsItWhenSavedUnchanged()
    {
        await using var desk = await SampleDesk.OpenAsync();
        await desk.RetireTopicAsync("cross-border-crime");
        var url = $"/events/{desk.EventId}/agreements/edit/mou-no-2024";

        var (_, newForm) = await desk.Session.GetAsync($"/events/{desk.EventId}/agreements/edit");
        var fields = await EditFieldsAsync(desk.Session, url);
        using var response = await desk.Session.PostFormAsync(url, fields);
        var after = (await desk.AgreementAsync("mou-no-2024"))!;

        Assert.DoesNotContain("value=\"cross-border-crime\"", newForm, StringComparison.Ordinal);
        Assert.Contains("value=\"police-training\"", newForm, StringComparison.Ordinal);
        Assert.Equal("cross-border-crime", fields["Form.SubjectTopicCodes"]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(["cross-border-crime"], after.SubjectTopicCodes);
    }

    [Fact]
    public async Task ANewAgreementNamingARetiredTopicIsRefusedInTheReadersLanguageAndNothingIsSaved()
    {
        await using var desk = await SampleDesk.OpenAsync(culture: "es");
        await desk.RetireTopicAsync("cross-border-crime");

        using var response = await desk.Session.PostFormAsync($"/events/{desk.EventId}/agreements/edit",
            NewProtocol(("Form.SubjectTopicCodes[0]", "cross-border-crime")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("data-valmsg-for=\"Form.SubjectTopicCodes\"[^>]*>«cross-border-crime» es un tema desactivado; elija un tema activo o pida a un administrador que lo reactive.",
            await response.Content.ReadAsStringAsync());
        Assert.Null(await desk.AgreementAsync("protocol-et-2025"));
    }

    [Fact]
    public async Task AStaleEditShowsWhatChangedAndOverwritesNothing()
    {
        await using var desk = await SampleDesk.OpenAsync();
        using var colleague = await desk.SignInAsync(LiaisonRoles.ProtocolOfficer);
        var url = $"/events/{desk.EventId}/agreements/edit/mou-no-2024";
        var mine = await EditFieldsAsync(desk.Session, url, ("Form.SignedPlace", "Casablanca"));

        using var theirs = await colleague.PostFormAsync(url, await EditFieldsAsync(colleague, url, ("Form.SignedPlace", "Rabat")));
        using var response = await desk.Session.PostFormAsync(url, mine);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Redirect, theirs.StatusCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("data-testid=\"stale\"[\\s\\S]*<dt>Place of signature</dt><dd><bdi>Rabat</bdi></dd>", html);
        Assert.Equal("Rabat", (await desk.AgreementAsync("mou-no-2024"))!.SignedPlace);
    }

    [Theory]
    [InlineData("fr", "Un accord signé doit avoir sa date de signature.", "Choisissez le partenaire.")]
    [InlineData("ar", "الاتفاقية الموقعة تحتاج إلى تاريخ التوقيع.", "اختر الشريك.")]
    public async Task ProblemsAreShownBesideTheirFieldsInTheReadersLanguageAndNothingIsSaved(string culture, string noSignatureDate, string noPartner)
    {
        await using var desk = await SampleDesk.OpenAsync(culture: culture);
        var url = $"/events/{desk.EventId}/agreements/edit";

        using var signed = await desk.Session.PostFormAsync(url, NewProtocol(("Form.Status", "Signed")));
        using var orphan = await desk.Session.PostFormAsync(url, NewProtocol(("Form.PartnerPartyCode", ""), ("Form.MeetingRequestId", "")));

        Assert.Matches($"data-valmsg-for=\"Form.SignedOn\"[^>]*>{Regex.Escape(noSignatureDate)}", await signed.Content.ReadAsStringAsync());
        Assert.Matches($"data-valmsg-for=\"Form.PartnerPartyCode\"[^>]*>{Regex.Escape(noPartner)}", await orphan.Content.ReadAsStringAsync());
        Assert.Null(await desk.AgreementAsync("protocol-et-2025"));
    }

    [Fact]
    public async Task AnIllegalMoveShowsTheLifecycleMessageAndChangesNothing()
    {
        await using var desk = await SampleDesk.OpenAsync();
        var url = $"/events/{desk.EventId}/agreements/mou-no-2024";

        using var response = await desk.Session.PostFormAsync(url + "?handler=Move", new() { ["to"] = "Draft" }, url);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("The status was not changed: An agreement cannot move from Signed to Draft.", html, StringComparison.Ordinal);
        var stored = (await desk.AgreementAsync("mou-no-2024"))!;
        Assert.Equal(AgreementStatus.Signed, stored.Status);
        Assert.DoesNotContain(stored.History, h => h.To == AgreementStatus.Draft);
    }

    [Fact]
    public async Task AnAllowedMoveIsRecordedWithWhoMovedIt()
    {
        await using var desk = await SampleDesk.OpenAsync();
        var url = $"/events/{desk.EventId}/agreements/mou-et-2024";

        using var response = await desk.Session.PostFormAsync(url + "?handler=Move", new() { ["to"] = "InForce" }, url);
        var (_, html) = await desk.Session.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = (await desk.AgreementAsync("mou-et-2024"))!;
        Assert.Equal(AgreementStatus.InForce, stored.Status);
        Assert.StartsWith("analyst-", stored.History[^1].By, StringComparison.Ordinal);
        Assert.Contains("value=\"Expired\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARefusedDocumentIsNamedBesideTheFieldAndAnAcceptedOneDownloadsAsAnAttachment()
    {
        await using var desk = await SampleDesk.OpenAsync();
        var session = desk.Session;
        var url = $"/events/{desk.EventId}/agreements/mou-et-2024";

        using var refused = await session.PostFileAsync(url + "?handler=Upload", "file", "mou.html", "<html><script>alert(1)</script></html>"u8.ToArray(), url);
        using var accepted = await session.PostFileAsync(url + "?handler=Upload", "file", "mou signed.pdf", "%PDF-1.7\n%signed\n"u8.ToArray(), url);
        var (_, detail) = await session.GetAsync(url);
        var link = Regex.Match(detail, "href=\"([^\"]*handler=Download[^\"]*)\"").Groups[1].Value;
        using var download = await session.Client.GetAsync(new Uri(WebUtility.HtmlDecode(link), UriKind.Relative));

        Assert.Contains("The file was refused: The file is not a PDF, DOCX, PNG or JPEG document", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("%PDF-1.7\n%signed\n", await download.Content.ReadAsStringAsync());
    }

    /// <summary>A valid new protocol with Ethiopia from meeting R14, with <paramref name="changes"/> applied.</summary>
    private static Dictionary<string, string> NewProtocol(params (string Field, string Value)[] changes)
    {
        var fields = new Dictionary<string, string>
        {
            ["Form.Id"] = "protocol-et-2025", ["Form.Kind"] = "Protocol", ["Form.Status"] = "Draft",
            ["Form.Titles[0].Language"] = "en", ["Form.Titles[0].Text"] = "Protocol on police training",
            ["Form.Titles[1].Language"] = "fr", ["Form.Titles[1].Text"] = "Protocole sur la formation policière",
            ["Form.PartnerPartyCode"] = "ET", ["Form.MeetingRequestId"] = "R14", ["Form.SubjectTopicCodes[0]"] = "police-training",
        };
        return With(fields, changes);
    }

    /// <summary>The edit form's fields as the page fills them (inputs and selected options), with <paramref name="changes"/> applied.</summary>
    private static async Task<Dictionary<string, string>> EditFieldsAsync(PageSession session, string url, params (string Field, string Value)[] changes)
    {
        var (_, html) = await session.GetAsync(url);
        var fields = InputPattern().Matches(html).Where(m => m.Groups["type"].Value != "checkbox" || m.Value.Contains("checked", StringComparison.Ordinal))
            .Select(m => (Name: WebUtility.HtmlDecode(m.Groups["name"].Value), Value: WebUtility.HtmlDecode(m.Groups["value"].Value)))
            .Concat(SelectPattern().Matches(html).Select(m => (Name: m.Groups["name"].Value, Value: WebUtility.HtmlDecode(m.Groups["value"].Value))))
            .Where(f => f.Name.StartsWith("Form.", StringComparison.Ordinal))
            .GroupBy(f => f.Name)
            .SelectMany(g => g.Count() == 1 ? [(g.Key, g.First().Value)] : g.Select((f, i) => (Name: $"{g.Key}[{i.ToString(CultureInfo.InvariantCulture)}]", f.Value)))
            .ToDictionary(f => f.Item1, f => f.Item2);
        return With(fields, changes);
    }

    private static Dictionary<string, string> With(Dictionary<string, string> fields, (string Field, string Value)[] changes)
    {
        foreach (var (field, value) in changes)
        {
            fields[field] = value;
        }

        return fields;
    }

    [GeneratedRegex("<input(?=[^>]*type=\"(?<type>[a-z]+)\")(?=[^>]*name=\"(?<name>[^\"]+)\")(?=[^>]*value=\"(?<value>[^\"]*)\")[^>]*>")]
    private static partial Regex InputPattern();

    [GeneratedRegex("<select[^>]*name=\"(?<name>[^\"]+)\"[^>]*>(?:(?!</select>)[\\s\\S])*?<option value=\"(?<value>[^\"]*)\" selected=\"selected\"")]
    private static partial Regex SelectPattern();
}
