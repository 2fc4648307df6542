using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Liaison.Data;
using Liaison.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.Web.Tests;

public sealed class AgreementsApiTests
{
    [Fact]
    public async Task IllegalTransitionIsRefusedNamingBothStatesAndTheAllowedOnes()
    {
        await using var app = await LiaisonApp.StartAsync();
        using var analyst = await app.ClientForAsync(LiaisonRoles.Analyst);
        using var officer = await app.ClientForAsync(LiaisonRoles.ProtocolOfficer);
        var eventId = await MarrakechEvent.ImportAsync(officer);
        var url = $"/api/events/{eventId}/agreements/mou-no-2024";

        using var refused = await analyst.PostAsJsonAsync($"{url}/transitions", new { to = "Draft", version = 1 });
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        var unchanged = await analyst.GetFromJsonAsync<JsonElement>(url);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("from Signed to Draft", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("Signed", problem.GetProperty("from").GetString());
        Assert.Equal("Draft", problem.GetProperty("to").GetString());
        Assert.Equal(unchanged.GetProperty("nextStatuses").EnumerateArray().Select(s => s.GetString()),
            problem.GetProperty("allowed").EnumerateArray().Select(s => s.GetString()));
        Assert.Contains("InForce", problem.GetProperty("allowed").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("Signed", unchanged.GetProperty("status").GetString());
    }

    [Fact]
    public async Task TransitionIsRecordedWithDateAndWhoAndAStaleVersionIsRefused()
    {
        await using var app = await LiaisonApp.StartAsync();
        using var officer = await app.ClientForAsync(LiaisonRoles.ProtocolOfficer);
        using var auditor = await app.ClientForAsync(LiaisonRoles.Auditor);
        var eventId = await MarrakechEvent.ImportAsync(officer);
        var url = $"/api/events/{eventId}/agreements/mou-et-2024";
        var before = await officer.GetFromJsonAsync<JsonElement>(url);

        using var moved = await officer.PostAsJsonAsync($"{url}/transitions",
            new { to = "InForce", on = "2025-01-15", note = "ratified", version = before.GetProperty("version").GetInt32() });
        var after = await moved.Content.ReadFromJsonAsync<JsonElement>();
        using var stale = await officer.PostAsJsonAsync($"{url}/transitions", new { to = "Terminated", version = before.GetProperty("version").GetInt32() });
        var conflict = await stale.Content.ReadFromJsonAsync<JsonElement>();
        var rowId = await AgreementRowIdAsync(app, eventId);
        var audit = await auditor.GetFromJsonAsync<JsonElement>($"/api/audit?entityType=AgreementEntity&entityId={rowId}");

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal("InForce", after.GetProperty("status").GetString());
        var last = after.GetProperty("history").EnumerateArray().Last();
        Assert.Equal("Signed InForce 2025-01-15 ratified", $"{last.GetProperty("from").GetString()} {last.GetProperty("to").GetString()} {last.GetProperty("on").GetString()} {last.GetProperty("note").GetString()}");
        Assert.StartsWith("protocolofficer-", last.GetProperty("by").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("Changed by someone else", conflict.GetProperty("title").GetString());
        Assert.Contains(conflict.GetProperty("changes").EnumerateArray(), c => c.GetProperty("property").GetString() == "Status" && c.GetProperty("current").GetString() == "InForce");
        Assert.Contains(audit.EnumerateArray(), a => a.GetProperty("action").GetString() == "Modified"
            && a.GetProperty("userName").GetString() == last.GetProperty("by").GetString());
    }

    [Fact]
    public async Task CreatedAgreementIsCheckedAgainstTheEvent()
    {
        await using var app = await LiaisonApp.StartAsync();
        using var analyst = await app.ClientForAsync(LiaisonRoles.Analyst);
        var eventId = await MarrakechEvent.ImportAsync(await app.ClientForAsync(LiaisonRoles.ProtocolOfficer));
        var url = $"/api/events/{eventId}/agreements";

        using var created = await analyst.PostAsJsonAsync(url, Agreement("loi-pl", "PL"));
        using var unknownParty = await analyst.PostAsJsonAsync(url, Agreement("loi-xx", "XX"));
        var list = await analyst.GetFromJsonAsync<JsonElement>(url);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(["mou-et-2024", "mou-no-2024", "loi-pl"], list.EnumerateArray().Select(a => a.GetProperty("id").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, unknownParty.StatusCode);
        Assert.Contains("XX", await unknownParty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditReplacesTheFactsKeepsTheStatusAndRefusesAStaleVersionOrAnotherId()
    {
        await using var app = await LiaisonApp.StartAsync();
        using var analyst = await app.ClientForAsync(LiaisonRoles.Analyst);
        var eventId = await MarrakechEvent.ImportAsync(await app.ClientForAsync(LiaisonRoles.ProtocolOfficer));
        var url = $"/api/events/{eventId}/agreements";
        using var created = await analyst.PostAsJsonAsync(url, Agreement("loi-pl", "PL"));
        var version = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32();
        var edit = new
        {
            id = "loi-pl", kind = "MemorandumOfUnderstanding", titles = new Dictionary<string, string> { ["en"] = "MoU on police training", ["pl"] = "Memorandum" },
            partnerPartyCode = "PL", subjectTopicCodes = new[] { "police-training" }, status = "Draft", durationMonths = 36,
        };

        using var edited = await analyst.PutAsJsonAsync($"{url}/loi-pl?version={version}", edit);
        var after = await edited.Content.ReadFromJsonAsync<JsonElement>();
        using var stale = await analyst.PutAsJsonAsync($"{url}/loi-pl?version={version}", edit);
        using var otherId = await analyst.PutAsJsonAsync($"{url}/mou-et-2024?version=1", edit);
        using var unknown = await analyst.PutAsJsonAsync($"{url}/nothing?version=1", edit);
        var stored = await analyst.GetFromJsonAsync<JsonElement>($"{url}/loi-pl");

        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal("MemorandumOfUnderstanding", after.GetProperty("kind").GetString());
        Assert.Equal(36, after.GetProperty("durationMonths").GetInt32());
        Assert.Equal("Draft", after.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, otherId.StatusCode);
        Assert.Contains("not the agreement 'mou-et-2024'", await otherId.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("MoU on police training", stored.GetProperty("titles").GetProperty("en").GetString());
    }

    [Fact]
    public async Task DocumentsAreCheckedByContentAndSizeAndDownloadedAsAttachments()
    {
        await using var app = await LiaisonApp.StartAsync();
        using var analyst = await app.ClientForAsync(LiaisonRoles.Analyst);
        var eventId = await MarrakechEvent.ImportAsync(await app.ClientForAsync(LiaisonRoles.ProtocolOfficer));
        var url = $"/api/events/{eventId}/agreements/mou-no-2024/documents";
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

        using var stored = await analyst.PostAsync(new Uri(url, UriKind.Relative), Upload(pdf, "signed.pdf", "application/pdf"));
        var document = await stored.Content.ReadFromJsonAsync<JsonElement>();
        using var html = await analyst.PostAsync(new Uri(url, UriKind.Relative), Upload(Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>"), "mou.pdf", "application/pdf"));
        using var huge = await analyst.PostAsync(new Uri(url, UriKind.Relative), Upload(new byte[(20 * 1024 * 1024) + 1], "scan.pdf", "application/pdf"));
        using var download = await analyst.GetAsync(new Uri($"{url}/{document.GetProperty("id").GetGuid()}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Created, stored.StatusCode);
        Assert.Equal("application/pdf", document.GetProperty("contentType").GetString());
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, html.StatusCode);
        Assert.Contains("PDF, DOCX, PNG or JPEG", await html.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        Assert.Contains("20 MB", await huge.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("signed.pdf", download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("sandbox", download.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
    }

    private static object Agreement(string id, string party) => new
    {
        id, kind = "LetterOfIntent", titles = new Dictionary<string, string> { ["en"] = "Letter of intent on police training" },
        partnerPartyCode = party, subjectTopicCodes = new[] { "police-training" }, status = "Draft",
    };

    private static MultipartFormDataContent Upload(byte[] content, string fileName, string type)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(type);
        return new MultipartFormDataContent { { file, "file", fileName } };
    }

    private static async Task<Guid> AgreementRowIdAsync(LiaisonApp app, Guid eventId)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LiaisonDbContext>();
        return await db.Agreements.Where(a => a.EventId == eventId && a.ScenarioId == "mou-et-2024").Select(a => a.Id).SingleAsync();
    }
}
