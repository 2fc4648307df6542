using System.Net;
using Liaison.Data;
using Liaison.Data.Entities;
using Liaison.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.Web.Tests;

/// <summary>The set-up page's working-day and blocked-time forms: event-local times in the event's zone, their messages, and the meetings in the way.</summary>
public sealed class SetupTimesPagesTests
{
    [Fact]
    public async Task DaysAddedEitherSideOfTheRamadanClockChangeShowTheHoursEnteredWithEachDaysOffset()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app);
        using var session = await PageSession.SignInAsync(app, LiaisonRoles.ProtocolOfficer, culture: "fr");

        using var before = await session.PostFormAsync(Days(data), Day("2025-02-22", "08:30", "17:00"));
        using var during = await session.PostFormAsync(Days(data), Day("2025-02-23", "09:00", "18:00"));
        var (_, html) = await session.GetAsync($"/events/{data.EventId}/setup");

        Assert.Equal(HttpStatusCode.Redirect, during.StatusCode);
        Assert.Contains("22 février 2025</td><td><bdi>08:30–17:00 (Africa/Casablanca, &#x2B;01)</bdi>", html, StringComparison.Ordinal);
        Assert.Contains("23 février 2025</td><td><bdi>09:00–18:00 (Africa/Casablanca, &#x2B;00)</bdi>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATimeTheClocksRepeatIsRefusedInArabicBesideTheStart()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app);
        using var session = await PageSession.SignInAsync(app, LiaisonRoles.ProtocolOfficer, culture: "ar");

        using var response = await session.PostFormAsync(Days(data), Day("2025-02-23", "02:30", "12:00"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("data-valmsg-for=\"Input.Start\" data-valmsg-replace=\"true\">هذا الوقت غير موجود أو يتكرر", html, StringComparison.Ordinal);
        Assert.Equal(1, await WorkingDaysApiTests.CountAsync<EventDayEntity>(app, data.EventId));
    }

    [Fact]
    public async Task ShorteningADayOverAMeetingListsItAndSavesOnlyOnceConfirmed()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app, scheduled: true);
        using var session = await PageSession.SignInAsync(app, LiaisonRoles.ProtocolOfficer, culture: "fr");
        var url = $"{Days(data)}/{await DayIdAsync(app, data.EventId)}";

        using var refused = await session.PostFormAsync(url, Day("2024-11-25", "09:45", "18:00", version: "1"));
        var html = await refused.Content.ReadAsStringAsync();
        using var confirmed = await session.PostFormAsync(url, new(Day("2024-11-25", "09:45", "18:00", version: "1")) { ["UnscheduleMeetings"] = "true" });

        Assert.Contains("<bdi dir=\"ltr\">R1</bdi>", html, StringComparison.Ordinal);
        Assert.Contains("<bdi>09:00–09:30 (Africa/Casablanca, &#x2B;01)</bdi>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<bdi dir=\"ltr\">R2</bdi>", html, StringComparison.Ordinal);
        Assert.Contains("Des réunions programmées s&#x27;y opposent (ci-dessus)", html, StringComparison.Ordinal);
        Assert.Contains("name=\"UnscheduleMeetings\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(1, await WorkingDaysApiTests.CountAsync<MeetingEntity>(app, data.EventId));
    }

    [Fact]
    public async Task TheOnlyDayCannotBeRemovedAndADuplicateDateIsRefusedBesideTheDate()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app);
        using var session = await PageSession.SignInAsync(app, LiaisonRoles.ProtocolOfficer, culture: "fr");
        var url = $"{Days(data)}/{await DayIdAsync(app, data.EventId)}";

        using var removal = await session.PostFormAsync($"{url}?handler=Remove", [], formPage: url);
        using var duplicate = await session.PostFormAsync(Days(data), Day("2024-11-25", "08:00", "12:00"));

        Assert.Contains("C&#x27;est la seule journée de travail de l&#x27;événement", await removal.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("data-valmsg-for=\"Input.Date\" data-valmsg-replace=\"true\">L&#x27;événement a déjà une journée de travail à cette date",
            await duplicate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await WorkingDaysApiTests.CountAsync<EventDayEntity>(app, data.EventId));
    }

    [Fact]
    public async Task APlenaryForTheDirectorGeneralIsListedWithItsKindAndZoneLabelledHours()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app);
        using var session = await PageSession.SignInAsync(app, LiaisonRoles.ProtocolOfficer, culture: "fr");

        using var saved = await session.PostFormAsync(Blocks(data), Block("opening", "14:00", "16:00"));
        var (_, html) = await session.GetAsync($"/events/{data.EventId}/setup");
        var stored = await SingleBlockAsync(app, data.EventId);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("<td><bdi>Plénière d&#x27;ouverture</bdi></td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Plénière</td>", html, StringComparison.Ordinal);
        Assert.Contains("<bdi>14:00–16:00 (Africa/Casablanca, &#x2B;01)</bdi>", html, StringComparison.Ordinal);
        Assert.Equal(["dg"], stored.ParticipantIds);
        Assert.Equal(TestEvent.DayStart + NodaTime.Duration.FromHours(5), stored.Start);
    }

    [Fact]
    public async Task ABlockedTimeThatEndsBeforeItStartsOrHasNoTimeIsRefusedInSpanishBesideTheField()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app);
        using var session = await PageSession.SignInAsync(app, LiaisonRoles.ProtocolOfficer, culture: "es");

        using var backwards = await session.PostFormAsync(Blocks(data), Block("opening", "16:00", "14:00"));
        using var garbled = await session.PostFormAsync(Blocks(data), Block("opening", "4pm", "17:00"));

        Assert.Contains("data-valmsg-for=\"Input.End\" data-valmsg-replace=\"true\">El horario bloqueado debe terminar después de empezar.</span>",
            await backwards.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("data-valmsg-for=\"Input.Start\" data-valmsg-replace=\"true\">Indique la hora como HH:mm",
            await garbled.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await WorkingDaysApiTests.CountAsync<BlockedTimeEntity>(app, data.EventId));
    }

    [Fact]
    public async Task ABlockedTimeIsEditedThenRemovedFromItsPage()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app);
        using var session = await PageSession.SignInAsync(app, LiaisonRoles.ProtocolOfficer);
        using var created = await session.PostFormAsync(Blocks(data), Block("opening", "14:00", "16:00"));
        var url = $"{Blocks(data)}/{(await SingleBlockAsync(app, data.EventId)).Id}";

        var (_, form) = await session.GetAsync(url);
        using var edited = await session.PostFormAsync(url, new(Block("opening", "15:00", "16:00")) { ["Input.Version"] = "1" });
        var afterEdit = await SingleBlockAsync(app, data.EventId);
        using var removed = await session.PostFormAsync($"{url}?handler=Remove", [], formPage: url);

        Assert.Contains("value=\"14:00\"", form, StringComparison.Ordinal);
        Assert.Contains("value=\"2024-11-25\"", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal(TestEvent.DayStart + NodaTime.Duration.FromHours(6), afterEdit.Start);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(0, await WorkingDaysApiTests.CountAsync<BlockedTimeEntity>(app, data.EventId));
    }

    [Fact]
    public async Task AStaleBlockedTimeEditShowsTheOthersKindAndZoneLabelledStartInFrenchAndWritesNothing()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app);
        using var session = await PageSession.SignInAsync(app, LiaisonRoles.ProtocolOfficer, culture: "fr");
        using var colleague = await PageSession.SignInAsync(app, LiaisonRoles.ProtocolOfficer);
        using var created = await session.PostFormAsync(Blocks(data), Block("opening", "14:00", "16:00"));
        var url = $"{Blocks(data)}/{(await SingleBlockAsync(app, data.EventId)).Id}";

        using var theirs = await colleague.PostFormAsync(url, new(Block("opening", "15:00", "16:00")) { ["Input.Kind"] = "Ceremony", ["Input.Version"] = "1" });
        using var mine = await session.PostFormAsync(url, new(Block("opening", "14:30", "16:00")) { ["Input.Version"] = "1" });
        var html = await mine.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Redirect, theirs.StatusCode);
        Assert.Matches("data-testid=\"stale\"[\\s\\S]*<dt>Début</dt><dd><bdi>[^<]*2024 15:00 \\(Africa/Casablanca, &#x2B;01\\)</bdi></dd>", html);
        Assert.Contains("<dt>Type</dt><dd><bdi>Cérémonie</bdi></dd>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"14:30\"", html, StringComparison.Ordinal);
        Assert.Equal(TestEvent.DayStart + NodaTime.Duration.FromHours(6), (await SingleBlockAsync(app, data.EventId)).Start);
    }

    [Fact]
    public async Task ALiaisonOfficerIsForbiddenTheDayAndBlockedTimeForms()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app);
        using var session = await PageSession.SignInAsync(app, LiaisonRoles.LiaisonOfficer, data.NorwayId);

        var (day, _) = await session.GetAsync(Days(data));
        var (block, _) = await session.GetAsync(Blocks(data));

        Assert.Equal(HttpStatusCode.Forbidden, day);
        Assert.Equal(HttpStatusCode.Forbidden, block);
    }

    private static string Days(TestEvent data) => $"/events/{data.EventId}/setup/days";

    private static string Blocks(TestEvent data) => $"/events/{data.EventId}/setup/blocked-times";

    private static Dictionary<string, string> Day(string date, string start, string end, string version = "0") =>
        new() { ["Input.Date"] = date, ["Input.Start"] = start, ["Input.End"] = end, ["Input.Version"] = version };

    private static Dictionary<string, string> Block(string id, string start, string end) => new()
    {
        ["Input.ScenarioId"] = id, ["Input.Label"] = "Plénière d'ouverture", ["Input.Kind"] = "Plenary", ["Input.Date"] = "2024-11-25",
        ["Input.Start"] = start, ["Input.End"] = end, ["Input.ParticipantIds"] = "dg",
    };

    private static async Task<Guid> DayIdAsync(LiaisonApp app, Guid eventId)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<LiaisonDbContext>().Set<EventDayEntity>().Where(d => d.EventId == eventId).Select(d => d.Id).SingleAsync();
    }

    private static async Task<BlockedTimeEntity> SingleBlockAsync(LiaisonApp app, Guid eventId)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<LiaisonDbContext>().Set<BlockedTimeEntity>().AsNoTracking().SingleAsync(b => b.EventId == eventId);
    }
}
