using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Liaison.Data;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests;

/// <summary>The shared topic rule through the records and agreements API and the event-file import.</summary>
public sealed class TopicRulesTests
{
    // R22 (Norway) names cross-border-crime in the sample, as does its MoU; R23 does not.
    private const string Retired = "cross-border-crime";

    [Fact]
    public async Task ARecordKeepsARetiredTopicItNamedButAnotherRecordCannotStartNamingIt()
    {
        await using var app = await LiaisonApp.StartAsync();
        using var officer = await app.ClientForAsync(LiaisonRoles.ProtocolOfficer);
        var eventId = await SampleWithRetiredTopicAsync(app, officer);
        var url = $"/api/events/{eventId}/records";
        var r22 = await officer.GetFromJsonAsync<JsonElement>($"{url}/R22");
        var r23 = await officer.GetFromJsonAsync<JsonElement>($"{url}/R23");

        using var kept = await officer.PutAsJsonAsync($"{url}/R22", RecordBody(r22, [Retired]));
        using var refused = await officer.PutAsJsonAsync($"{url}/R23", RecordBody(r23, ["police-training", "terrorism", Retired]));
        var after = await officer.GetFromJsonAsync<JsonElement>($"{url}/R23");

        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var message = Assert.Single(Errors(await refused.Content.ReadFromJsonAsync<JsonElement>(), "TopicCodes[2]"));
        Assert.Equal($"'{Retired}' is a retired topic; choose an active topic, or ask an administrator to reinstate '{Retired}'.", message);
        Assert.Equal(Codes(r23), Codes(after));
        Assert.Equal(r23.GetProperty("version").GetInt32(), after.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task AnAgreementKeepsARetiredSubjectItNamedButANewAgreementCannotNameIt()
    {
        await using var app = await LiaisonApp.StartAsync();
        using var officer = await app.ClientForAsync(LiaisonRoles.ProtocolOfficer);
        var eventId = await MarrakechEvent.ImportAsync(officer);
        var url = $"/api/events/{eventId}/agreements";
        using var before = await officer.PostAsJsonAsync(url, Agreement("loi-pl", "PL", "Letter of intent"));
        await RetireAsync(app, eventId);

        using var edited = await officer.PutAsJsonAsync($"{url}/loi-pl?version=1", Agreement("loi-pl", "PL", "Letter of intent, revised"));
        using var added = await officer.PostAsJsonAsync(url, Agreement("loi-rs", "RS", "Letter of intent"));
        using var unknown = await officer.PostAsJsonAsync(url, Agreement("loi-se", "SE", "Letter of intent", "gardening"));

        Assert.Equal(HttpStatusCode.Created, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, added.StatusCode);
        Assert.Contains("is a retired topic; choose an active topic, or ask an administrator to reinstate",
            Assert.Single(Errors(await added.Content.ReadFromJsonAsync<JsonElement>(), "SubjectTopicCodes[1]")), StringComparison.Ordinal);
        Assert.Equal("'gardening' is not a topic of this event; choose from the event's topics.",
            Assert.Single(Errors(await unknown.Content.ReadFromJsonAsync<JsonElement>(), "SubjectTopicCodes[1]")));
        var ids = (await officer.GetFromJsonAsync<JsonElement>(url)).EnumerateArray().Select(a => a.GetProperty("id").GetString());
        Assert.Equal(["mou-et-2024", "mou-no-2024", "loi-pl"], ids);
    }

    [Fact]
    public async Task AnEventFileImportsRecordsAndAgreementsNamingATopicTheSameFileRetires()
    {
        await using var app = await LiaisonApp.StartAsync();
        using var officer = await app.ClientForAsync(LiaisonRoles.ProtocolOfficer);
        var file = JsonNode.Parse(await File.ReadAllTextAsync(Samples.MarrakechScenario()))!;
        file["topics"]!.AsArray().Single(t => (string?)t!["code"] == Retired)!["retired"] = true;

        var eventId = await MarrakechEvent.ImportAsync(officer, file.ToJsonString());
        var topics = await officer.GetFromJsonAsync<JsonElement>($"/api/events/{eventId}/topics");
        var record = await officer.GetFromJsonAsync<JsonElement>($"/api/events/{eventId}/records/R22");
        var mou = await officer.GetFromJsonAsync<JsonElement>($"/api/events/{eventId}/agreements/mou-no-2024");

        Assert.True(topics.EnumerateArray().Single(t => t.GetProperty("code").GetString() == Retired).GetProperty("retired").GetBoolean());
        Assert.Equal([Retired], Codes(record));
        Assert.Equal([Retired], mou.GetProperty("subjectTopicCodes").EnumerateArray().Select(c => c.GetString()));
    }

    private static async Task<Guid> SampleWithRetiredTopicAsync(LiaisonApp app, HttpClient officer)
    {
        var eventId = await MarrakechEvent.ImportAsync(officer);
        await RetireAsync(app, eventId);
        return eventId;
    }

    private static async Task RetireAsync(LiaisonApp app, Guid eventId)
    {
        using var admin = await app.ClientForAsync(LiaisonRoles.Administrator);
        using var retired = await admin.PostAsJsonAsync($"/api/events/{eventId}/topics/{Retired}/retire", new { version = 1 });
        retired.EnsureSuccessStatusCode();
    }

    private static IEnumerable<string?> Errors(JsonElement problem, string field) =>
        problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString());

    private static List<string?> Codes(JsonElement record) => record.GetProperty("topicCodes").EnumerateArray().Select(c => c.GetString()).ToList();

    private static object RecordBody(JsonElement record, string[] topics) => new
    {
        start = record.GetProperty("start").GetString(),
        end = record.GetProperty("end").GetString(),
        attendees = new[] { new { name = "Director General", title = (string?)null, side = "Host" } },
        topicCodes = topics,
        summary = "Exchange of views.",
        outcome = record.GetProperty("outcome").GetString(),
        confidentiality = "Normal",
        publicity = record.GetProperty("publicity").GetString(),
        version = record.GetProperty("version").GetInt32(),
    };

    private static object Agreement(string id, string party, string title, string subject = Retired) => new
    {
        id, kind = "LetterOfIntent", titles = new Dictionary<string, string> { ["en"] = title },
        partnerPartyCode = party, subjectTopicCodes = new[] { "police-training", subject }, status = "Draft",
    };
}
