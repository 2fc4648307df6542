using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Liaison.Data;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests;

public sealed class EventFileExportTests
{
    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ExportImportExportGivesTheSameFileForAClearedUser(DatabaseProvider provider)
    {
        await using var app = await LiaisonApp.StartAsync(provider);
        using var officer = await app.ClientForAsync(LiaisonRoles.ProtocolOfficer, clearance: true);
        var first = await MarrakechEvent.ImportAsync(officer);

        using var exported = await officer.GetAsync(new Uri($"/api/events/{first}/event.json", UriKind.Relative));
        var firstJson = await exported.Content.ReadAsStringAsync();
        var second = await MarrakechEvent.ImportAsync(officer, firstJson);
        var secondJson = await officer.GetStringAsync(new Uri($"/api/events/{second}/event.json", UriKind.Relative));
        var file = JsonDocument.Parse(firstJson).RootElement;

        Assert.Equal(HttpStatusCode.OK, exported.StatusCode);
        Assert.Equal("event.json", exported.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(firstJson, secondJson);
        Assert.Equal(43, file.GetProperty("records").GetArrayLength());
        Assert.Equal(["mou-et-2024", "mou-no-2024"], file.GetProperty("agreements").EnumerateArray().Select(a => a.GetProperty("id").GetString()));
        Assert.Equal(5, file.GetProperty("commitments").GetArrayLength());
        Assert.DoesNotContain("\"withheld\"", firstJson, StringComparison.Ordinal);
        Assert.StartsWith("Illustrative summary", Record(file, "R26").GetProperty("summary").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutClearanceRestrictedRecordsAreMarkedWithheldAndSuchAFileIsNotImported()
    {
        await using var app = await LiaisonApp.StartAsync();
        using var officer = await app.ClientForAsync(LiaisonRoles.ProtocolOfficer);
        using var auditor = await app.ClientForAsync(LiaisonRoles.Auditor);
        var eventId = await MarrakechEvent.ImportAsync(officer);

        var json = await officer.GetStringAsync(new Uri($"/api/events/{eventId}/event.json", UriKind.Relative));
        var file = JsonDocument.Parse(json).RootElement;
        using var reimport = await officer.PostAsync(new Uri("/api/events/import", UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));
        var problem = await reimport.Content.ReadFromJsonAsync<JsonElement>();
        var events = await officer.GetFromJsonAsync<JsonElement>("/api/events");
        var audit = await auditor.GetFromJsonAsync<JsonElement>($"/api/audit?entityType=EventEntity&entityId={eventId}&take=1");

        var restricted = Record(file, "R26");
        Assert.Equal(43, file.GetProperty("records").GetArrayLength());
        Assert.Equal(18, file.GetProperty("records").EnumerateArray().Count(r => r.TryGetProperty("withheld", out var w) && w.GetBoolean()));
        Assert.True(restricted.GetProperty("withheld").GetBoolean());
        Assert.False(restricted.TryGetProperty("summary", out _));
        Assert.Equal(0, restricted.GetProperty("attendees").GetArrayLength());
        Assert.Equal(["organised-crime", "cybercrime"], restricted.GetProperty("topics").EnumerateArray().Select(t => t.GetString()));
        Assert.True(Record(file, "R01").TryGetProperty("summary", out _));
        Assert.Equal(HttpStatusCode.BadRequest, reimport.StatusCode);
        Assert.Equal(18, problem.GetProperty("errors").EnumerateObject().Count(e => e.Name.EndsWith(".withheld", StringComparison.Ordinal)));
        Assert.Equal(1, events.GetArrayLength());
        Assert.Equal("Exported", audit[0].GetProperty("action").GetString());
        Assert.Contains("R26", audit[0].GetProperty("after").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownEventIsNotFound()
    {
        await using var app = await LiaisonApp.StartAsync();
        using var officer = await app.ClientForAsync(LiaisonRoles.ProtocolOfficer);

        using var response = await officer.GetAsync(new Uri($"/api/events/{Guid.NewGuid()}/event.json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static JsonElement Record(JsonElement file, string requestId) =>
        file.GetProperty("records").EnumerateArray().Single(r => r.GetProperty("request").GetString() == requestId);
}
