using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Liaison.Data;
using Liaison.Data.Entities;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests;

/// <summary><c>/api/events/{id}/blocked-times</c>: plenaries, ceremonies and principals' blocks, their rules, and the planner keeping out of them.</summary>
public sealed class BlockedTimesApiTests
{
    private static readonly string[] Strangers = ["dg", "nobody"];

    [Fact]
    public async Task APlenaryIsSavedInUtcAndShownInTheEventsZone()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app);
        using var officer = await app.ClientForAsync(LiaisonRoles.ProtocolOfficer);

        using var created = await officer.PostAsJsonAsync(Blocks(data), Plenary("opening", "2024-11-25T14:00:00+01:00", "2024-11-25T16:00:00+01:00"));
        var read = await officer.GetFromJsonAsync<JsonElement>(created.Headers.Location!);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("2024-11-25T13:00:00+00:00", read.GetProperty("start").GetString());
        Assert.Equal("2024-11-25T16:00:00+01:00", read.GetProperty("endLocal").GetString());
        Assert.Equal("Africa/Casablanca", read.GetProperty("timeZone").GetString());
        Assert.Equal("Plenary", read.GetProperty("kind").GetString());
        Assert.Equal(0, read.GetProperty("participantIds").GetArrayLength());
    }

    [Fact]
    public async Task EachRuleIsRefusedWithAMessageNamingTheFieldAndTheFix()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app);
        using var officer = await app.ClientForAsync(LiaisonRoles.ProtocolOfficer);
        using var first = await officer.PostAsJsonAsync(Blocks(data), Plenary("opening", "2024-11-25T14:00:00+01:00", "2024-11-25T16:00:00+01:00"));

        using var backwards = await officer.PostAsJsonAsync(Blocks(data), Plenary("b", "2024-11-25T16:00:00+01:00", "2024-11-25T14:00:00+01:00"));
        using var outside = await officer.PostAsJsonAsync(Blocks(data), Plenary("c", "2024-11-25T20:00:00+01:00", "2024-11-26T10:00:00+01:00"));
        using var early = await officer.PostAsJsonAsync(Blocks(data), Plenary("d", "2024-11-24T20:00:00+01:00", "2024-11-25T10:00:00+01:00"));
        using var duplicate = await officer.PostAsJsonAsync(Blocks(data), Plenary("opening", "2024-11-25T17:00:00+01:00", "2024-11-25T18:00:00+01:00"));
        using var stranger = await officer.PostAsJsonAsync(Blocks(data),
            new { scenarioId = "e", label = "Site visit", kind = "Other", start = "2024-11-25T17:00:00+01:00", end = "2024-11-25T18:00:00+01:00", participantIds = Strangers });
        using var unlabelled = await officer.PostAsJsonAsync(Blocks(data), new { scenarioId = "f", kind = "Other", start = "2024-11-25T17:00:00+01:00", end = "2024-11-25T18:00:00+01:00" });

        Assert.Equal("The blocked time must end after it starts.", WorkingDaysApiTests.Error(await backwards.Content.ReadFromJsonAsync<JsonElement>(), "End"));
        Assert.Contains("from 2024-11-25T00:00:00+01:00 to 2024-11-26T00:00:00+01:00 (Africa/Casablanca); add a working day first",
            WorkingDaysApiTests.Error(await outside.Content.ReadFromJsonAsync<JsonElement>(), "End"), StringComparison.Ordinal);
        Assert.Contains("within the event's days", WorkingDaysApiTests.Error(await early.Content.ReadFromJsonAsync<JsonElement>(), "Start"), StringComparison.Ordinal);
        Assert.Equal("A blocked time with id 'opening' already exists in this event.", WorkingDaysApiTests.Error(await duplicate.Content.ReadFromJsonAsync<JsonElement>(), "ScenarioId"));
        Assert.Contains("no principal or delegation with id 'nobody'", WorkingDaysApiTests.Error(await stranger.Content.ReadFromJsonAsync<JsonElement>(), "ParticipantIds"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, unlabelled.StatusCode);
        Assert.Contains("Label", (await unlabelled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.Equal(1, await WorkingDaysApiTests.CountAsync<BlockedTimeEntity>(app, data.EventId));
    }

    [Fact]
    public async Task APrincipalsBlockOverItsMeetingsNamesThemAndUnschedulesThemOnlyWhenConfirmed()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app, scheduled: true);
        using var officer = await app.ClientForAsync(LiaisonRoles.ProtocolOfficer);
        using var auditor = await app.ClientForAsync(LiaisonRoles.Auditor);
        var ethiopiaOnly = new
        {
            scenarioId = "et-visit", label = "Site visit", kind = "Other", start = "2024-11-25T09:00:00+01:00", end = "2024-11-25T09:30:00+01:00",
            participantIds = new[] { "del-et" },
        };
        var dg = new { scenarioId = "dg-press", label = "Press conference", kind = "Other", start = "2024-11-25T09:15:00+01:00", end = "2024-11-25T10:15:00+01:00", participantIds = new[] { "dg" } };

        using var elsewhere = await officer.PostAsJsonAsync(Blocks(data), ethiopiaOnly);
        using var refused = await officer.PostAsJsonAsync(Blocks(data), dg);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        using var confirmed = await officer.PostAsJsonAsync(Blocks(data), new
        {
            dg.scenarioId, dg.label, dg.kind, dg.start, dg.end, dg.participantIds, unscheduleMeetings = true,
        });
        var requests = await officer.GetFromJsonAsync<JsonElement>($"/api/events/{data.EventId}/requests");
        var audit = await auditor.GetFromJsonAsync<JsonElement>("/api/audit?entityType=BlockedTimeEntity");

        Assert.Equal(HttpStatusCode.Created, elsewhere.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(["R1", "R2"], problem.GetProperty("meetings").EnumerateArray().Select(m => m.GetProperty("requestId").GetString()));
        Assert.Contains("Send unscheduleMeetings: true", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, confirmed.StatusCode);
        Assert.All(requests.EnumerateArray(), r => Assert.Equal("Accepted", r.GetProperty("status").GetString()));
        Assert.Equal(0, await WorkingDaysApiTests.CountAsync<MeetingEntity>(app, data.EventId));
        Assert.Contains(audit.EnumerateArray(), e => e.GetProperty("action").GetString() == "Added" && e.GetProperty("after").GetString()!.Contains("Press conference", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ThePlannerKeepsOutOfABlockAddedThroughTheApi()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app, scheduled: true);
        using var officer = await app.ClientForAsync(LiaisonRoles.ProtocolOfficer);
        using var blocked = await officer.PostAsJsonAsync(Blocks(data), new
        {
            scenarioId = "opening", label = "Opening plenary", kind = "Plenary", start = "2024-11-25T09:00:00+01:00", end = "2024-11-25T12:00:00+01:00",
            unscheduleMeetings = true,
        });

        using var started = await officer.PostAsJsonAsync($"/api/events/{data.EventId}/planner-runs", new { timeLimitSeconds = 20 });
        var finished = await PlannerRunPolling.WaitUntilFinishedAsync(officer, started.Headers.Location!);
        var meetings = await officer.GetFromJsonAsync<JsonElement>($"/api/events/{data.EventId}/meetings");

        Assert.Equal(HttpStatusCode.Created, blocked.StatusCode);
        Assert.Equal("Completed", finished.GetProperty("status").GetString());
        Assert.Equal(2, meetings.GetArrayLength());
        Assert.All(meetings.EnumerateArray(), m => Assert.True(m.GetProperty("start").GetDateTimeOffset() >= new DateTimeOffset(2024, 11, 25, 11, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public async Task AStaleVersionGets409AndALiaisonOfficerCannotChangeBlocks()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app);
        using var officer = await app.ClientForAsync(LiaisonRoles.ProtocolOfficer);
        using var liaison = await app.ClientForAsync(LiaisonRoles.LiaisonOfficer, data.NorwayId);
        using var created = await officer.PostAsJsonAsync(Blocks(data), Plenary("opening", "2024-11-25T14:00:00+01:00", "2024-11-25T16:00:00+01:00"));
        var url = created.Headers.Location!.OriginalString;

        using var saved = await officer.PutAsJsonAsync(url, new { scenarioId = "opening", label = "Opening session", kind = "Ceremony", start = "2024-11-25T14:00:00+01:00", end = "2024-11-25T15:00:00+01:00", version = 1 });
        using var stale = await officer.PutAsJsonAsync(url, new { scenarioId = "opening", label = "Opening", kind = "Plenary", start = "2024-11-25T14:00:00+01:00", end = "2024-11-25T15:00:00+01:00", version = 1 });
        using var renamed = await officer.PutAsJsonAsync(url, new { scenarioId = "other", label = "Opening", kind = "Plenary", start = "2024-11-25T14:00:00+01:00", end = "2024-11-25T15:00:00+01:00", version = 2 });
        using var liaisonEdit = await liaison.PutAsJsonAsync(url, new { scenarioId = "opening", label = "Gone", kind = "Plenary", start = "2024-11-25T14:00:00+01:00", end = "2024-11-25T15:00:00+01:00", version = 2 });
        using var liaisonDelete = await liaison.DeleteAsync(new Uri(url, UriKind.Relative));
        using var deleted = await officer.DeleteAsync(new Uri(url, UriKind.Relative));

        Assert.Equal("Ceremony", (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("kind").GetString());
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("cannot change", WorkingDaysApiTests.Error(await renamed.Content.ReadFromJsonAsync<JsonElement>(), "ScenarioId"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, liaisonEdit.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, liaisonDelete.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(0, await WorkingDaysApiTests.CountAsync<BlockedTimeEntity>(app, data.EventId));
    }

    [Fact]
    public async Task ALiaisonOfficerSeesOnlyBlocksForEveryoneOrItsOwnDelegation()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app);
        using var officer = await app.ClientForAsync(LiaisonRoles.ProtocolOfficer);
        using var liaison = await app.ClientForAsync(LiaisonRoles.LiaisonOfficer, data.NorwayId);
        using var plenary = await officer.PostAsJsonAsync(Blocks(data), Plenary("opening", "2024-11-25T14:00:00+01:00", "2024-11-25T15:00:00+01:00"));
        using var both = await officer.PostAsJsonAsync(Blocks(data), Visit("both", "del-no", "del-et"));
        using var ethiopia = await officer.PostAsJsonAsync(Blocks(data), Visit("et-only", "del-et"));

        var seen = await liaison.GetFromJsonAsync<JsonElement>(Blocks(data));
        using var hidden = await liaison.GetAsync(ethiopia.Headers.Location!);

        Assert.Equal(["opening", "both"], seen.EnumerateArray().Select(b => b.GetProperty("scenarioId").GetString()));
        Assert.Equal(["del-no"], seen[1].GetProperty("participantIds").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
    }

    private static object Visit(string id, params string[] participants) =>
        new { scenarioId = id, label = "Site visit", kind = "Other", start = "2024-11-25T16:00:00+01:00", end = "2024-11-25T17:00:00+01:00", participantIds = participants };

    private static string Blocks(TestEvent data) => $"/api/events/{data.EventId}/blocked-times";

    private static object Plenary(string id, string start, string end) => new { scenarioId = id, label = "Plenary session", kind = "Plenary", start, end };
}
