using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ical.Net;
using Liaison.Data;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests;

public sealed class CommitmentsApiTests
{
    /// <summary>00:30 on 1 June 2025 in Marrakech (UTC+1), still 31 May in UTC: a commitment due 31 May is overdue in the event's zone.</summary>
    private static readonly FixedTime JustAfterLocalMidnight = new(new DateTimeOffset(2025, 5, 31, 23, 30, 0, TimeSpan.Zero));

    [Fact]
    public async Task OverdueAndDueSoonCountTodayInTheEventsZone()
    {
        await using var app = await LiaisonApp.StartAsync(time: JustAfterLocalMidnight);
        using var analyst = await app.ClientForAsync(LiaisonRoles.Analyst);
        var eventId = await MarrakechEvent.ImportAsync(await app.ClientForAsync(LiaisonRoles.ProtocolOfficer));
        var url = $"/api/events/{eventId}/commitments";

        var overdue = await analyst.GetFromJsonAsync<JsonElement>($"{url}/overdue");
        var within121 = await analyst.GetFromJsonAsync<JsonElement>($"{url}/due-soon?days=121");
        var within120 = await analyst.GetFromJsonAsync<JsonElement>($"{url}/due-soon?days=120");
        using var noDays = await analyst.GetAsync(new Uri($"{url}/due-soon", UriKind.Relative));

        Assert.Equal(["c-et-programme", "c-no-experts"], Ids(overdue));
        Assert.Equal(["c-et-course"], Ids(within121));
        Assert.Empty(Ids(within120));
        Assert.Equal(HttpStatusCode.BadRequest, noDays.StatusCode);
        Assert.Contains("days", await noDays.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreatedCommitmentsAndStatusChangesShowInTheViews()
    {
        await using var app = await LiaisonApp.StartAsync(time: JustAfterLocalMidnight);
        using var analyst = await app.ClientForAsync(LiaisonRoles.Analyst);
        var eventId = await MarrakechEvent.ImportAsync(await app.ClientForAsync(LiaisonRoles.ProtocolOfficer));
        var url = $"/api/events/{eventId}/commitments";

        using var created = await analyst.PostAsJsonAsync(url, new
        {
            id = "c-pl-visit", description = "Host a study visit", ownerUnit = "Training Directorate", dueDate = "2025-06-01",
            status = "Open", meetingRequestId = "R01",
        });
        using var repeated = await analyst.PostAsJsonAsync(url, new
        {
            id = "c-pl-visit", description = "Again", ownerUnit = "Training Directorate", dueDate = "2025-06-01", status = "Open", meetingRequestId = "R01",
        });
        using var done = await analyst.PutAsJsonAsync($"{url}/c-no-experts/status", new { status = "Done", version = 1 });
        using var stale = await analyst.PutAsJsonAsync($"{url}/c-no-experts/status", new { status = "Cancelled", version = 1 });
        var overdue = await analyst.GetFromJsonAsync<JsonElement>($"{url}/overdue");
        var dueToday = await analyst.GetFromJsonAsync<JsonElement>($"{url}/due-soon?days=0");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, repeated.StatusCode);
        Assert.Equal(2, (await done.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(["c-et-programme"], Ids(overdue));
        Assert.Equal(["c-pl-visit"], Ids(dueToday));
    }

    [Fact]
    public async Task CalendarHasAnAllDayEventOnEachDueDateWithStableUids()
    {
        await using var app = await LiaisonApp.StartAsync(time: JustAfterLocalMidnight);
        using var analyst = await app.ClientForAsync(LiaisonRoles.Analyst);
        var eventId = await MarrakechEvent.ImportAsync(await app.ClientForAsync(LiaisonRoles.ProtocolOfficer));
        var url = $"/api/events/{eventId}/commitments/calendar.ics?owner={Uri.EscapeDataString("Judicial Police Directorate")}";

        using var response = await analyst.GetAsync(new Uri(url, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        var again = await analyst.GetStringAsync(new Uri(url, UriKind.Relative));
        var calendar = Calendar.Load(text)!;
        using var unknownOwner = await analyst.GetAsync(new Uri($"/api/events/{eventId}/commitments/calendar.ics?owner=Nobody", UriKind.Relative));

        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(
            [("c-no-experts", new DateOnly(2025, 5, 31)), ("c-et-course", new DateOnly(2025, 9, 30))],
            calendar.Events.Select(e => (e.Uid!.Split('.')[0], DateOnly.FromDateTime(e.DtStart!.Value))));
        Assert.All(calendar.Events, e => Assert.False(e.DtStart!.HasTime));
        Assert.All(calendar.Events, e => Assert.Equal(DateOnly.FromDateTime(e.DtStart!.Value).AddDays(1), DateOnly.FromDateTime(e.DtEnd!.Value)));
        Assert.Contains("DTSTART;VALUE=DATE:20250531", text, StringComparison.Ordinal);
        Assert.Equal(calendar.Events.Select(e => e.Uid), Calendar.Load(again)!.Events.Select(e => e.Uid));
        Assert.Equal(HttpStatusCode.NotFound, unknownOwner.StatusCode);
    }

    private static List<string?> Ids(JsonElement list) => list.EnumerateArray().Select(c => c.GetProperty("id").GetString()).ToList();
}
