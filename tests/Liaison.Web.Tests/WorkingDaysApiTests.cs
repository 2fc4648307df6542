using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Liaison.Data;
using Liaison.Data.Entities;
using Liaison.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.Web.Tests;

/// <summary><c>/api/events/{id}/days</c>: working days in the event's zone, their rules, and the meetings a change takes time from.</summary>
public sealed class WorkingDaysApiTests
{
    [Fact]
    public async Task DaysEitherSideOfTheRamadanClockChangeKeepTheHoursEnteredAndStoreEachDaysUtcInstants()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app);
        using var officer = await app.ClientForAsync(LiaisonRoles.ProtocolOfficer);
        var days = $"/api/events/{data.EventId}/days";

        using var before = await officer.PostAsJsonAsync(days, new { date = "2025-02-22", start = "09:00", end = "18:00" });
        using var during = await officer.PostAsJsonAsync(days, new { date = "2025-02-23", start = "09:00", end = "18:00" });
        using var after = await officer.PostAsJsonAsync(days, new { date = "2025-04-06", start = "09:00", end = "18:00" });
        var saturday = await before.Content.ReadFromJsonAsync<JsonElement>();
        var sunday = await during.Content.ReadFromJsonAsync<JsonElement>();
        var endOfRamadan = await after.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Created, during.StatusCode);
        Assert.Equal("2025-02-22T08:00:00+00:00", saturday.GetProperty("startUtc").GetString());
        Assert.Equal("2025-02-23T09:00:00+00:00", sunday.GetProperty("startUtc").GetString());
        Assert.Equal("2025-02-23T09:00:00+00:00", sunday.GetProperty("startLocal").GetString());
        Assert.Equal("09:00:00", sunday.GetProperty("start").GetString());
        Assert.Equal("Africa/Casablanca", sunday.GetProperty("timeZone").GetString());
        Assert.Equal("2025-04-06T08:00:00+00:00", endOfRamadan.GetProperty("startUtc").GetString());
        Assert.Equal("2025-04-06T18:00:00+01:00", endOfRamadan.GetProperty("endLocal").GetString());
    }

    [Fact]
    public async Task HoursTheClocksSkipOrRepeatAreRefusedNamingTheField()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app);
        using var officer = await app.ClientForAsync(LiaisonRoles.ProtocolOfficer);
        var days = $"/api/events/{data.EventId}/days";

        using var repeated = await officer.PostAsJsonAsync(days, new { date = "2025-02-23", start = "02:30", end = "12:00" });
        using var skipped = await officer.PostAsJsonAsync(days, new { date = "2025-04-06", start = "01:00", end = "02:30" });

        Assert.Equal(HttpStatusCode.BadRequest, repeated.StatusCode);
        Assert.Contains("2025-02-23T02:30 occurs twice in Africa/Casablanca", Error(await repeated.Content.ReadFromJsonAsync<JsonElement>(), "Start"), StringComparison.Ordinal);
        Assert.Contains("2025-04-06T02:30 does not exist in Africa/Casablanca", Error(await skipped.Content.ReadFromJsonAsync<JsonElement>(), "End"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EachRuleIsRefusedWithAMessageNamingTheFieldAndTheFix()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app);
        using var officer = await app.ClientForAsync(LiaisonRoles.ProtocolOfficer);
        var days = $"/api/events/{data.EventId}/days";

        using var backwards = await officer.PostAsJsonAsync(days, new { date = "2024-11-26", start = "18:00", end = "09:00" });
        using var taken = await officer.PostAsJsonAsync(days, new { date = "2024-11-25", start = "08:00", end = "12:00" });
        using var undated = await officer.PostAsJsonAsync(days, new { start = "08:00", end = "12:00" });

        Assert.Contains("must end after they start (18:00) on the same date", Error(await backwards.Content.ReadFromJsonAsync<JsonElement>(), "End"), StringComparison.Ordinal);
        Assert.Contains("already has a working day on 2024-11-25; change that day instead", Error(await taken.Content.ReadFromJsonAsync<JsonElement>(), "Date"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, undated.StatusCode);
        Assert.Contains("Date", (await undated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.Equal(1, await CountAsync<EventDayEntity>(app, data.EventId));
    }

    [Fact]
    public async Task ShorteningADayOverMeetingsNamesThemAndUnschedulesThemOnlyWhenConfirmed()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app, scheduled: true);
        using var officer = await app.ClientForAsync(LiaisonRoles.ProtocolOfficer);
        using var auditor = await app.ClientForAsync(LiaisonRoles.Auditor);
        var day = (await officer.GetFromJsonAsync<JsonElement>($"/api/events/{data.EventId}/days"))[0];
        var url = $"/api/events/{data.EventId}/days/{day.GetProperty("id").GetGuid()}";

        using var refused = await officer.PutAsJsonAsync(url, new { date = "2024-11-25", start = "09:45", end = "18:00", version = 1 });
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        var meetingsAfterRefusal = await CountAsync<MeetingEntity>(app, data.EventId);
        using var confirmed = await officer.PutAsJsonAsync(url, new { date = "2024-11-25", start = "09:45", end = "18:00", unscheduleMeetings = true, version = 1 });
        var request = await officer.GetFromJsonAsync<JsonElement>($"/api/events/{data.EventId}/requests/{data.NorwayRequestId}/history");
        var audit = await auditor.GetFromJsonAsync<JsonElement>($"/api/audit?entityType=MeetingEntity&entityId={data.NorwayMeetingId}");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("Meetings in the way", problem.GetProperty("title").GetString());
        Assert.Equal(["R1"], problem.GetProperty("meetings").EnumerateArray().Select(m => m.GetProperty("requestId").GetString()));
        Assert.Equal("2024-11-25T09:00:00+01:00", problem.GetProperty("meetings")[0].GetProperty("startLocal").GetString());
        Assert.Equal(2, meetingsAfterRefusal);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal("09:45:00", (await confirmed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("start").GetString());
        Assert.Equal(1, await CountAsync<MeetingEntity>(app, data.EventId));
        Assert.Contains(request.EnumerateArray(), h => h.GetProperty("to").GetString() == "Accepted"
            && h.GetProperty("reason").GetString()!.Contains("days or blocked times", StringComparison.Ordinal));
        Assert.Contains(audit.EnumerateArray(), e => e.GetProperty("action").GetString() == "Deleted");
    }

    [Fact]
    public async Task RemovingADayUnschedulesItsMeetingsWhenConfirmedButNeverTheLastDay()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app, scheduled: true);
        using var officer = await app.ClientForAsync(LiaisonRoles.ProtocolOfficer);
        var days = $"/api/events/{data.EventId}/days";
        var first = (await officer.GetFromJsonAsync<JsonElement>(days))[0].GetProperty("id").GetGuid();

        using var last = await officer.DeleteAsync(new Uri($"{days}/{first}?unscheduleMeetings=true", UriKind.Relative));
        using var added = await officer.PostAsJsonAsync(days, new { date = "2024-11-26", start = "09:00", end = "17:00" });
        using var refused = await officer.DeleteAsync(new Uri($"{days}/{first}", UriKind.Relative));
        using var removed = await officer.DeleteAsync(new Uri($"{days}/{first}?unscheduleMeetings=true", UriKind.Relative));
        var left = await officer.GetFromJsonAsync<JsonElement>(days);

        Assert.Equal(HttpStatusCode.Conflict, last.StatusCode);
        Assert.Equal("Last working day", (await last.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(2, (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("meetings").GetArrayLength());
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal(["2024-11-26"], left.EnumerateArray().Select(d => d.GetProperty("date").GetString()));
        Assert.Equal(0, await CountAsync<MeetingEntity>(app, data.EventId));
    }

    [Fact]
    public async Task ADayCannotGoWhileABlockedTimeStillFallsOnIt()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app);
        using var officer = await app.ClientForAsync(LiaisonRoles.ProtocolOfficer);
        var days = $"/api/events/{data.EventId}/days";
        var first = (await officer.GetFromJsonAsync<JsonElement>(days))[0].GetProperty("id").GetGuid();
        using var added = await officer.PostAsJsonAsync(days, new { date = "2024-11-26", start = "09:00", end = "17:00" });
        using var plenary = await officer.PostAsJsonAsync($"/api/events/{data.EventId}/blocked-times",
            new { scenarioId = "opening", label = "Opening plenary", kind = "Plenary", start = "2024-11-25T10:00:00+01:00", end = "2024-11-25T12:00:00+01:00" });

        using var refused = await officer.DeleteAsync(new Uri($"{days}/{first}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Created, plenary.StatusCode);
        Assert.Contains("Blocked times would fall outside the event's days: opening. Move or remove them first.",
            Error(await refused.Content.ReadFromJsonAsync<JsonElement>(), "Date"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStaleVersionGets409AndAChangeIsAudited()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app);
        using var officer = await app.ClientForAsync(LiaisonRoles.ProtocolOfficer);
        using var auditor = await app.ClientForAsync(LiaisonRoles.Auditor);
        var id = (await officer.GetFromJsonAsync<JsonElement>($"/api/events/{data.EventId}/days"))[0].GetProperty("id").GetGuid();
        var url = $"/api/events/{data.EventId}/days/{id}";

        using var saved = await officer.PutAsJsonAsync(url, new { date = "2024-11-25", start = "08:30", end = "18:00", version = 1 });
        using var stale = await officer.PutAsJsonAsync(url, new { date = "2024-11-25", start = "08:00", end = "18:00", version = 1 });
        var audit = await auditor.GetFromJsonAsync<JsonElement>($"/api/audit?entityType=EventDayEntity&entityId={id}");

        Assert.Equal(2, (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("Changed by someone else", (await stale.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        Assert.Contains("08:30", audit.EnumerateArray().Single(e => e.GetProperty("action").GetString() == "Modified").GetProperty("after").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALiaisonOfficerMayReadTheDaysButNotChangeThem()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app);
        using var liaison = await app.ClientForAsync(LiaisonRoles.LiaisonOfficer, data.NorwayId);

        var days = await liaison.GetFromJsonAsync<JsonElement>($"/api/events/{data.EventId}/days");
        using var refused = await liaison.PostAsJsonAsync($"/api/events/{data.EventId}/days", new { date = "2024-11-26", start = "09:00", end = "17:00" });

        Assert.Equal("2024-11-25", days[0].GetProperty("date").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(1, await CountAsync<EventDayEntity>(app, data.EventId));
    }

    /// <summary>The first message of a ValidationProblem for <paramref name="field"/>.</summary>
    internal static string Error(JsonElement problem, string field) => problem.GetProperty("errors").GetProperty(field)[0].GetString()!;

    /// <summary>How many rows of <typeparamref name="T"/> the event has.</summary>
    internal static async Task<int> CountAsync<T>(LiaisonApp app, Guid eventId)
        where T : class
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LiaisonDbContext>();
        return await db.Set<T>().CountAsync(e => EF.Property<Guid>(e, "EventId") == eventId);
    }
}
