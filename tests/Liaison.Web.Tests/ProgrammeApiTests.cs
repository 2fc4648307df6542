using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Liaison.Data;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests;

public sealed class ProgrammeApiTests
{
    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ParallelMovesIntoOneRoomAndTimeLetExactlyOneThrough(DatabaseProvider provider)
    {
        await using var app = await LiaisonApp.StartAsync(provider);
        var data = await TestEvent.StoreAsync(app, scheduled: true);
        using var first = await app.ClientForAsync(LiaisonRoles.ProtocolOfficer);
        using var second = await app.ClientForAsync(LiaisonRoles.ProtocolOfficer);
        var body = new { roomId = data.RifId, start = "2024-11-25T14:00:00+01:00", version = 1 };

        var responses = await Task.WhenAll(
            first.PutAsJsonAsync($"/api/events/{data.EventId}/meetings/{data.NorwayMeetingId}/slot", body),
            second.PutAsJsonAsync($"/api/events/{data.EventId}/meetings/{data.EthiopiaMeetingId}/slot", body));
        var statuses = responses.Select(r => r.StatusCode).Order().ToList();
        var refused = responses.Single(r => r.StatusCode == HttpStatusCode.Conflict);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        var meetings = await first.GetFromJsonAsync<JsonElement>($"/api/events/{data.EventId}/meetings");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], statuses);
        Assert.Equal("Double booking", problem.GetProperty("title").GetString());
        Assert.Single(meetings.EnumerateArray(), m => m.GetProperty("startLocal").GetString() == "2024-11-25T14:00:00+01:00");
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SecondEditWithAStaleVersionGets409SayingWhatChanged(DatabaseProvider provider)
    {
        await using var app = await LiaisonApp.StartAsync(provider);
        var data = await TestEvent.StoreAsync(app, scheduled: true);
        using var officer = await app.ClientForAsync(LiaisonRoles.ProtocolOfficer);
        var slot = $"/api/events/{data.EventId}/meetings/{data.NorwayMeetingId}/slot";

        using var moved = await officer.PutAsJsonAsync(slot, new { roomId = data.AtlasId, start = "2024-11-25T15:00:00+01:00", version = 1 });
        using var stale = await officer.PutAsJsonAsync(slot, new { roomId = data.RifId, start = "2024-11-25T16:00:00+01:00", version = 1 });
        var problem = await stale.Content.ReadFromJsonAsync<JsonElement>();
        var changed = problem.GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("property").GetString()).ToList();

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("Changed by someone else", problem.GetProperty("title").GetString());
        Assert.Equal(2, problem.GetProperty("currentVersion").GetInt32());
        Assert.Contains("Start", changed);
        Assert.Contains("RoomId", changed);
    }

    [Fact]
    public async Task MoveAnswersWithWarningsForSofterConflicts()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app, scheduled: true);
        using var officer = await app.ClientForAsync(LiaisonRoles.ProtocolOfficer);

        // R2 holds the Director General until 10:30; 10:35 leaves 5 of the 10 buffer minutes.
        using var response = await officer.PutAsJsonAsync($"/api/events/{data.EventId}/meetings/{data.NorwayMeetingId}/slot",
            new { roomId = data.AtlasId, start = "2024-11-25T10:35:00+01:00", version = 1 });
        var change = await response.Content.ReadFromJsonAsync<JsonElement>();
        var warning = change.GetProperty("warnings").EnumerateArray().Single();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("2024-11-25T09:35:00+00:00", change.GetProperty("meeting").GetProperty("start").GetString());
        Assert.Equal("2024-11-25T10:35:00+01:00", change.GetProperty("meeting").GetProperty("startLocal").GetString());
        Assert.Equal("ProtocolBufferBreached", warning.GetProperty("kind").GetString());
        Assert.Equal(["R1", "R2"], warning.GetProperty("requestIds").EnumerateArray().Select(r => r.GetString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task LockedMeetingCannotMoveUntilUnlocked()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app, scheduled: true);
        using var officer = await app.ClientForAsync(LiaisonRoles.ProtocolOfficer);
        var meeting = $"/api/events/{data.EventId}/meetings/{data.NorwayMeetingId}";
        var move = new { roomId = data.AtlasId, start = "2024-11-25T15:00:00+01:00", version = 2 };

        using var locked = await officer.PutAsJsonAsync($"{meeting}/lock", new { locked = true, version = 1 });
        using var refused = await officer.PutAsJsonAsync($"{meeting}/slot", move);
        using var unlocked = await officer.PutAsJsonAsync($"{meeting}/lock", new { locked = false, version = 2 });
        using var moved = await officer.PutAsJsonAsync($"{meeting}/slot", move with { version = 3 });

        Assert.True((await locked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("meeting").GetProperty("locked").GetBoolean());
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("Meeting locked", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.OK, unlocked.StatusCode);
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
    }

    [Fact]
    public async Task AnalystSeesConfidentialMeetingsOnlyWithClearance()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app, scheduled: true);
        using var analyst = await app.ClientForAsync(LiaisonRoles.Analyst);
        using var cleared = await app.ClientForAsync(LiaisonRoles.Analyst, clearance: true);
        var url = $"/api/events/{data.EventId}/meetings/{data.EthiopiaMeetingId}";

        var withheld = await analyst.GetFromJsonAsync<JsonElement>(url);
        var shown = await cleared.GetFromJsonAsync<JsonElement>(url);

        Assert.True(withheld.GetProperty("redacted").GetBoolean());
        Assert.Equal(JsonValueKind.Null, withheld.GetProperty("participantIds").ValueKind);
        Assert.Equal(JsonValueKind.Null, withheld.GetProperty("topics").ValueKind);
        Assert.False(shown.GetProperty("redacted").GetBoolean());
        Assert.Equal(["del-et", "dg"], shown.GetProperty("participantIds").EnumerateArray().Select(p => p.GetString()));
    }
}
