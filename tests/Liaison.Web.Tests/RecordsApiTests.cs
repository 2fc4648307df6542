using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Liaison.Data;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests;

public sealed class RecordsApiTests
{
    [Fact]
    public async Task RestrictedContentIsWithheldWithoutClearanceAndShownWithIt()
    {
        await using var app = await LiaisonApp.StartAsync();
        using var officer = await app.ClientForAsync(LiaisonRoles.ProtocolOfficer);
        using var cleared = await app.ClientForAsync(LiaisonRoles.Analyst, clearance: true);
        var eventId = await MarrakechEvent.ImportAsync(officer);

        var list = await officer.GetFromJsonAsync<JsonElement>($"/api/events/{eventId}/records");
        var withheld = await officer.GetFromJsonAsync<JsonElement>($"/api/events/{eventId}/records/R26");
        var shown = await cleared.GetFromJsonAsync<JsonElement>($"/api/events/{eventId}/records/R26");
        var normal = await officer.GetFromJsonAsync<JsonElement>($"/api/events/{eventId}/records/R01");

        Assert.Equal(43, list.GetArrayLength());
        Assert.Equal(18, list.EnumerateArray().Count(r => r.GetProperty("withheld").GetBoolean()));
        Assert.True(withheld.GetProperty("withheld").GetBoolean());
        Assert.Equal(JsonValueKind.Null, withheld.GetProperty("summary").ValueKind);
        Assert.Equal(JsonValueKind.Null, withheld.GetProperty("attendees").ValueKind);
        Assert.Equal(["organised-crime", "cybercrime"], withheld.GetProperty("topicCodes").EnumerateArray().Select(t => t.GetString()));
        Assert.False(shown.GetProperty("withheld").GetBoolean());
        Assert.StartsWith("Illustrative summary: exchange of views", shown.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.Equal("Head of delegation", shown.GetProperty("attendees")[1].GetProperty("name").GetString());
        Assert.Equal("2024-11-25T15:55:00+01:00", normal.GetProperty("startLocal").GetString());
        Assert.Equal("Africa/Casablanca", normal.GetProperty("timeZone").GetString());
    }

    [Fact]
    public async Task WritingNeedsTheVersionReadAndClearanceForRestrictedRecords()
    {
        await using var app = await LiaisonApp.StartAsync();
        using var officer = await app.ClientForAsync(LiaisonRoles.ProtocolOfficer);
        using var analyst = await app.ClientForAsync(LiaisonRoles.Analyst);
        var eventId = await MarrakechEvent.ImportAsync(officer);
        var url = $"/api/events/{eventId}/records/R01";
        var first = await officer.GetFromJsonAsync<JsonElement>(url);

        using var saved = await analyst.PutAsJsonAsync(url, Body(first, "Agreed a joint training plan.", "Normal", 1));
        var afterSave = await saved.Content.ReadFromJsonAsync<JsonElement>();
        using var stale = await officer.PutAsJsonAsync(url, Body(first, "An older view.", "Normal", 1));
        var conflict = await stale.Content.ReadFromJsonAsync<JsonElement>();
        using var restricted = await analyst.PutAsJsonAsync(url, Body(first, "Secret.", "Restricted", 2));
        using var badTopic = await officer.PutAsJsonAsync(url, Body(first, "Fine.", "Normal", 2, topic: "gardening"));

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(2, afterSave.GetProperty("version").GetInt32());
        Assert.Equal("Agreed a joint training plan.", afterSave.GetProperty("summary").GetString());
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(2, conflict.GetProperty("currentVersion").GetInt32());
        Assert.Contains(conflict.GetProperty("changes").EnumerateArray(), c => c.GetProperty("property").GetString() == "Summary");
        Assert.Equal(HttpStatusCode.Forbidden, restricted.StatusCode);
        Assert.Contains("clearance", await restricted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badTopic.StatusCode);
        Assert.Contains("gardening", await badTopic.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static object Body(JsonElement record, string summary, string confidentiality, int version, string topic = "cybercrime") => new
    {
        start = record.GetProperty("start").GetString(),
        end = record.GetProperty("end").GetString(),
        attendees = new[] { new { name = "Director General", title = (string?)null, side = "Host" } },
        topicCodes = new[] { topic },
        summary,
        outcome = "FollowUpAgreed",
        confidentiality,
        publicity = "Public",
        version,
    };
}
