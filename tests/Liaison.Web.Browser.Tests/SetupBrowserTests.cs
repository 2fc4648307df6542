using Microsoft.Playwright;

namespace Liaison.Web.Browser.Tests;

/// <summary>The event set-up page in Chromium: blocked times added through the form.</summary>
public sealed class SetupBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [SkippableFact]
    public async Task ProtocolOfficerAddsAPlenaryAndSeesItListedWithZoneLabelledTimes()
    {
        app.RequireBrowser();
        var page = await app.SignInAsync("browser-protocol", culture: "fr");
        await page.GotoAsync($"/events/{app.EventId}/setup");

        await page.Locator($"a[href$='/setup/blocked-times']").ClickAsync();
        await page.WaitForURLAsync("**/setup/blocked-times");
        await page.FillAsync("#Input_ScenarioId", "browser-plenary");
        await page.FillAsync("#Input_Label", "Séance plénière du matin");
        await page.SelectOptionAsync("#Input_Kind", "Plenary");
        await page.FillAsync("#Input_Date", "2024-11-24");
        await page.FillAsync("#Input_Start", "07:30");
        await page.FillAsync("#Input_End", "08:15");
        await page.ClickAsync("form button.primary");
        await page.WaitForURLAsync($"**/events/{app.EventId}/setup");
        var row = page.Locator("[data-testid=blocked] tr", new() { HasText = "Séance plénière du matin" });

        await Assertions.Expect(row).ToContainTextAsync("07:30–08:15 (Africa/Casablanca, +01)");
        await Assertions.Expect(row).ToContainTextAsync("Plénière");
        await BrowserApp.ScreenshotAsync(page, "setup-plenary-fr");
    }
}
