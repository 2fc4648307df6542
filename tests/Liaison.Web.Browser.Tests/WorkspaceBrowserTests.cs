using Liaison.Data;
using Liaison.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Liaison.Web.Browser.Tests;

/// <summary>The five browser scenarios of issue 5, in Debian's Chromium against the real host.</summary>
public sealed class WorkspaceBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [SkippableFact]
    public async Task LiaisonOfficerSignsInAndSubmitsARequest()
    {
        app.RequireBrowser();
        var page = await app.SignInAsync("browser-liaison");

        var id = await SubmitAsync(page, priority: "2");

        Assert.Equal("Submitted", await page.Locator($"tr[data-request={id}] td.status").InnerTextAsync());
        Assert.Equal(RequestStatus.Submitted, (await RequestAsync(id)).Status);
    }

    [SkippableFact]
    public async Task ProtocolOfficerAcceptsItRunsThePlannerAndSeesItInTheProgramme()
    {
        app.RequireBrowser();
        var id = await SubmitAsync(await app.SignInAsync("browser-liaison"), priority: "5");
        var page = await app.SignInAsync("browser-protocol");

        await BrowserApp.OpenEventPageAsync(page, "requests");
        await page.Locator($"tr[data-request={id}] button.primary").ClickAsync();
        await Assertions.Expect(page.Locator($"tr[data-request={id}] td.status")).ToHaveTextAsync("Accepted");
        await PlanAsync(page);
        var meeting = await MeetingDayAsync(id);
        await page.GotoAsync($"/events/{app.EventId}/programme?by=room&day={meeting}");

        Assert.Equal(RequestStatus.Scheduled, (await RequestAsync(id)).Status);
        Assert.Equal(1, await page.Locator($"td[data-meeting={id}]").CountAsync());
    }

    [SkippableFact]
    public async Task AConflictingMoveShowsTheConflictAndSavesNothing()
    {
        app.RequireBrowser();
        var page = await app.SignInAsync("browser-protocol");
        await PlanAsync(page);
        var (moved, target) = await TwoMeetingsAsync();
        var zone = NodaTime.DateTimeZoneProviders.Tzdb["Africa/Casablanca"];
        var local = target.Start.InZone(zone).LocalDateTime;

        await page.GotoAsync($"/events/{app.EventId}/meetings/{moved.Id}/move");
        await page.SelectOptionAsync("#RoomId", target.RoomId.ToString());
        await page.SelectOptionAsync("#Date", local.Date.ToString("uuuu-MM-dd", null));
        await page.FillAsync("#Start", local.TimeOfDay.ToString("HH:mm", null));
        await page.Locator("#Start").DispatchEventAsync("change");
        await page.WaitForSelectorAsync("#conflicts li[data-kind]");
        var saved = await page.RunAndWaitForResponseAsync(() => page.ClickAsync("form button.primary"), r => r.Url.Contains("handler=Save", StringComparison.Ordinal));

        Assert.Equal(200, saved.Status);
        Assert.Contains("/move", page.Url, StringComparison.Ordinal);
        Assert.NotEqual(0, await page.Locator("#conflicts li[data-kind]").CountAsync());
        var after = await MeetingAsync(moved.Id);
        Assert.Equal((moved.RoomId, moved.Start, moved.Version), (after.RoomId, after.Start, after.Version));
    }

    [SkippableFact]
    public async Task TheArabicProgrammeRendersRightToLeft()
    {
        app.RequireBrowser();
        var page = await app.SignInAsync("browser-protocol");
        await PlanAsync(page);
        await page.ClickAsync("button[value=ar]");
        await page.WaitForSelectorAsync("html[lang=ar]");
        await page.GotoAsync($"/events/{app.EventId}/programme");

        Assert.Equal("rtl", await page.GetAttributeAsync("html", "dir"));
        Assert.Equal("ar", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("rtl", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('[data-testid=programme-grid]')).direction"));
        var file = await BrowserApp.ScreenshotAsync(page, "programme-ar");
        Assert.True(new FileInfo(file).Length > 10_000);
    }

    [SkippableFact]
    public async Task LiaisonOfficerCannotReachAnotherDelegationsPagesByEditingTheUrl()
    {
        app.RequireBrowser();
        var page = await app.SignInAsync("browser-liaison");

        var own = await page.GotoAsync($"/events/{app.EventId}/programme/{app.Delegations.Own.Id}");
        var other = await page.GotoAsync($"/events/{app.EventId}/programme/{app.Delegations.Other.Id}");

        Assert.Equal(200, own!.Status);
        Assert.Equal(404, other!.Status);
        Assert.Equal("Page not found", await page.Locator("h1").InnerTextAsync());
    }

    private static async Task<string> SubmitAsync(IPage page, string priority)
    {
        await BrowserApp.OpenEventPageAsync(page, "requests");
        await page.ClickAsync("main a.button");
        await page.WaitForURLAsync("**/requests/new");
        await page.Locator("input[name='Form.Invitees']").First.CheckAsync();
        await page.SelectOptionAsync("#Form_Priority", priority);
        await page.ClickAsync("form button.primary");
        await page.WaitForURLAsync("**/requests");
        var notice = await page.Locator("p.notice").InnerTextAsync();
        return notice.Split(' ')[1];
    }

    private static async Task PlanAsync(IPage page)
    {
        await BrowserApp.OpenEventPageAsync(page, "plan");
        var placed = page.Locator("[data-testid=placed]");
        var before = await placed.CountAsync() == 0 ? "" : await placed.GetAttributeAsync("data-run");
        await page.FillAsync("#TimeLimitSeconds", "10");
        await page.ClickAsync("form button.primary");
        await page.WaitForSelectorAsync($"[data-testid=placed]:not([data-run='{before}'])", new() { Timeout = 120_000 });
    }

    private async Task<MeetingRequestEntity> RequestAsync(string scenarioId)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<LiaisonDbContext>().Set<MeetingRequestEntity>().AsNoTracking().SingleAsync(r => r.ScenarioId == scenarioId);
    }

    private async Task<MeetingEntity> MeetingAsync(Guid id)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<LiaisonDbContext>().Set<MeetingEntity>().AsNoTracking().SingleAsync(m => m.Id == id);
    }

    private async Task<string> MeetingDayAsync(string requestId)
    {
        using var scope = app.Services.CreateScope();
        var meeting = await scope.ServiceProvider.GetRequiredService<LiaisonDbContext>().Set<MeetingEntity>().AsNoTracking().SingleAsync(m => m.Request!.ScenarioId == requestId);
        return meeting.Start.InZone(NodaTime.DateTimeZoneProviders.Tzdb["Africa/Casablanca"]).Date.ToString("uuuu-MM-dd", null);
    }

    private async Task<(MeetingEntity Moved, MeetingEntity Target)> TwoMeetingsAsync()
    {
        using var scope = app.Services.CreateScope();
        var meetings = await scope.ServiceProvider.GetRequiredService<LiaisonDbContext>().Set<MeetingEntity>().AsNoTracking()
            .Where(m => !m.Locked).OrderBy(m => m.Start).Take(2).ToListAsync();
        return (meetings[1], meetings[0]);
    }
}
