using Liaison.Domain;
using NodaTime;

namespace Liaison.Web.Browser.Tests;

/// <summary>Issue 6's browser scenario: the cooperation desk's follow-up, done whole in Chromium against the real host.</summary>
public sealed class FollowUpBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [SkippableFact]
    public async Task TheDeskRecordsAnMouFromAMeetingsRecordAndItsCommitmentIsDueSoon()
    {
        app.RequireBrowser();
        var page = await app.SignInAsync("browser-protocol");
        var zone = DateTimeZoneProviders.Tzdb["Africa/Casablanca"];
        var dueDate = EventTime.Today(zone, Instant.FromDateTimeOffset(TimeProvider.System.GetUtcNow())).PlusDays(7);

        await page.GotoAsync($"/events/{app.EventId}/records/R14");
        await page.ClickAsync("[data-testid=new-agreement]");
        await page.WaitForURLAsync("**/agreements/edit?meeting=R14");
        await page.FillAsync("#Form_Id", "mou-et-browser");
        await page.FillAsync("#Form_Titles_1__Text", "Memorandum on forensic training");
        await page.ClickAsync("form button.primary");
        await page.WaitForURLAsync("**/agreements/mou-et-browser");
        var status = await page.Locator("[data-testid=status]").InnerTextAsync();
        await page.ClickAsync("[data-testid=add-commitment]");
        await page.WaitForURLAsync("**/commitments/edit?agreement=mou-et-browser");
        await page.FillAsync("#Form_Id", "c-et-browser");
        await page.FillAsync("#Form_Description", "Send the forensic training calendar");
        await page.FillAsync("#Form_OwnerUnit", "Training Directorate");
        await page.FillAsync("#Form_DueDate", dueDate.ToString("uuuu-MM-dd", null));
        await page.ClickAsync("form button.primary");
        await page.WaitForURLAsync("**/agreements/mou-et-browser");
        var listed = await page.Locator("[data-testid=commitments] tr[data-commitment=c-et-browser]").CountAsync();
        await page.GotoAsync($"/events/{app.EventId}/commitments");

        Assert.Equal("Signed", status);
        Assert.Equal(1, listed);
        Assert.Equal(1, await page.Locator("[data-testid=due-soon] tr[data-commitment=c-et-browser]").CountAsync());
        Assert.Contains("Send the forensic training calendar", await page.Locator("[data-testid=due-soon]").InnerTextAsync(), StringComparison.Ordinal);
    }
}
