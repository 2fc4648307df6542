using System.Net;
using System.Text.RegularExpressions;
using Liaison.Data;
using Liaison.Data.Entities;
using Liaison.Domain.Commitments;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests;

public sealed class CommitmentPagesTests
{
    // 23:30 UTC on 31 May 2025 is 00:30 on 1 June in Marrakech (+01): c-no-experts, due 31 May, is overdue there, not yet in UTC.
    private static readonly FixedTime JustAfterLocalMidnight = new(new DateTimeOffset(2025, 5, 31, 23, 30, 0, TimeSpan.Zero));

    [Fact]
    public async Task OverdueIsJudgedByTodayInTheEventsZone()
    {
        await using var desk = await SampleDesk.OpenAsync(time: JustAfterLocalMidnight);

        var (status, html) = await desk.Session.GetAsync($"/events/{desk.EventId}/commitments");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Sunday, June 1, 2025 (Africa/Casablanca)", html, StringComparison.Ordinal);
        var overdue = Section(html, "overdue");
        Assert.Contains("data-commitment=\"c-no-experts\"", overdue, StringComparison.Ordinal);
        Assert.Contains("data-commitment=\"c-et-programme\"", overdue, StringComparison.Ordinal);
        Assert.DoesNotContain("c-et-contacts", html, StringComparison.Ordinal);
        Assert.DoesNotContain("c-et-course", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStatusChangeIsSavedAndLeavesTheOverdueView()
    {
        await using var desk = await SampleDesk.OpenAsync(LiaisonRoles.ProtocolOfficer, time: JustAfterLocalMidnight);
        var url = $"/events/{desk.EventId}/commitments";

        using var response = await desk.Session.PostFormAsync(url + "?handler=Status", new() { ["commitmentId"] = "c-no-experts", ["status"] = "Done" }, url);
        var (_, html) = await desk.Session.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("c-no-experts", html, StringComparison.Ordinal);
        Assert.Equal(CommitmentStatus.Done, (await desk.CommitmentAsync("c-no-experts"))!.Status);
    }

    [Theory]
    [InlineData(LiaisonRoles.LiaisonOfficer, "commitments")]
    [InlineData(LiaisonRoles.LiaisonOfficer, "commitments/edit?agreement=mou-no-2024")]
    [InlineData(LiaisonRoles.LiaisonOfficer, "commitments/edit/c-no-experts")]
    [InlineData(LiaisonRoles.Auditor, "commitments/edit?meeting=R01")]
    public async Task ARoleOutsideTheCooperationDeskIsForbidden(string role, string page)
    {
        await using var desk = await SampleDesk.OpenAsync(role, time: JustAfterLocalMidnight);

        var (status, html) = await desk.Session.GetAsync($"/events/{desk.EventId}/{page}");

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.DoesNotContain("c-no-experts", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("commitments/edit")]
    [InlineData("commitments/edit?agreement=mou-xx")]
    [InlineData("commitments/edit?meeting=R99")]
    [InlineData("commitments/edit/c-xx")]
    public async Task ACommitmentWithoutAnAgreementOrMeetingOfTheEventIsNotFound(string page)
    {
        await using var desk = await SampleDesk.OpenAsync();

        var (status, _) = await desk.Session.GetAsync($"/events/{desk.EventId}/{page}");

        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Fact]
    public async Task ACommitmentAddedToAnAgreementIsListedOnItAndDueSoonAndAudited()
    {
        await using var desk = await SampleDesk.OpenAsync(time: JustAfterLocalMidnight);
        var url = $"/events/{desk.EventId}/commitments/edit?agreement=mou-no-2024";

        using var response = await desk.Session.PostFormAsync(url, NewCommitment("2025-06-10"));
        var (_, detail) = await desk.Session.GetAsync($"/events/{desk.EventId}/agreements/mou-no-2024");
        var (_, views) = await desk.Session.GetAsync($"/events/{desk.EventId}/commitments");

        Assert.Equal($"/events/{desk.EventId}/agreements/mou-no-2024", response.Headers.Location?.OriginalString);
        Assert.Contains("Exchange liaison officers for the border workshop", detail, StringComparison.Ordinal);
        Assert.Contains("data-commitment=\"c-no-workshop\"", Section(views, "due-soon"), StringComparison.Ordinal);
        var stored = (await desk.CommitmentAsync("c-no-workshop"))!;
        Assert.Equal(("mou-no-2024", null, "Border Police Directorate"), (stored.AgreementId, stored.MeetingRequestId, stored.OwnerUnit));
        var added = Assert.Single(await desk.AuditAsync(nameof(CommitmentEntity)), a => a.Action == AuditAction.Added && a.After!.Contains("c-no-workshop", StringComparison.Ordinal));
        Assert.StartsWith("analyst-", added.UserName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACommitmentAddedToAMeetingIsListedOnItsRecord()
    {
        await using var desk = await SampleDesk.OpenAsync(LiaisonRoles.ProtocolOfficer, time: JustAfterLocalMidnight);

        using var response = await desk.Session.PostFormAsync($"/events/{desk.EventId}/commitments/edit?meeting=R01", NewCommitment("2025-07-01"));
        var (_, record) = await desk.Session.GetAsync($"/events/{desk.EventId}/records/R01");

        Assert.Equal($"/events/{desk.EventId}/records/R01", response.Headers.Location?.OriginalString);
        Assert.Contains("data-commitment=\"c-no-workshop\"", record, StringComparison.Ordinal);
        var stored = (await desk.CommitmentAsync("c-no-workshop"))!;
        Assert.Equal((null, "R01"), (stored.AgreementId, stored.MeetingRequestId));
    }

    [Fact]
    public async Task AStaleEditShowsWhatChangedAndOverwritesNothing()
    {
        await using var desk = await SampleDesk.OpenAsync(time: JustAfterLocalMidnight);
        using var colleague = await desk.SignInAsync(LiaisonRoles.ProtocolOfficer);
        var url = $"/events/{desk.EventId}/commitments/edit/c-no-experts";
        var (_, form) = await desk.Session.GetAsync(url);
        var version = Regex.Match(form, "name=\"Form.Version\" value=\"(\\d+)\"").Groups[1].Value;

        using var theirs = await colleague.PostFormAsync(url, Edit(version, "2025-09-30"));
        using var mine = await desk.Session.PostFormAsync(url, Edit(version, "2025-08-31"));
        var html = await mine.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Redirect, theirs.StatusCode);
        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.Matches("data-testid=\"stale\"[\\s\\S]*<dt>Due date</dt><dd><bdi>Tuesday, September 30, 2025</bdi></dd>", html);
        Assert.Equal(new NodaTime.LocalDate(2025, 9, 30), (await desk.CommitmentAsync("c-no-experts"))!.DueDate);
    }

    [Fact]
    public async Task AStaleEditNamesTheStatusSavedMeanwhileInTheReadersLanguage()
    {
        await using var desk = await SampleDesk.OpenAsync(culture: "fr", time: JustAfterLocalMidnight);
        using var colleague = await desk.SignInAsync(LiaisonRoles.ProtocolOfficer);
        var url = $"/events/{desk.EventId}/commitments/edit/c-no-experts";
        var (_, form) = await desk.Session.GetAsync(url);
        var version = Regex.Match(form, "name=\"Form.Version\" value=\"(\\d+)\"").Groups[1].Value;
        var done = Edit(version, "2025-09-30");
        done["Form.Status"] = "Done";

        using var theirs = await colleague.PostFormAsync(url, done);
        using var mine = await desk.Session.PostFormAsync(url, Edit(version, "2025-09-30"));
        var html = await mine.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Redirect, theirs.StatusCode);
        Assert.Matches("data-testid=\"stale\"[\\s\\S]*<dd><bdi>Réalisé</bdi></dd>", html);
        Assert.DoesNotContain("<bdi>Done</bdi>", html, StringComparison.Ordinal);
        Assert.Equal(CommitmentStatus.Done, (await desk.CommitmentAsync("c-no-experts"))!.Status);
    }

    [Theory]
    [InlineData("es", "Indique qué debe hacerse.", "Indique una fecha como año-mes-día")]
    [InlineData("ar", "اذكر المطلوب إنجازه.", "أدخل التاريخ بصيغة سنة-شهر-يوم")]
    public async Task ProblemsAreShownBesideTheirFieldsInTheReadersLanguageAndNothingIsSaved(string culture, string noDescription, string badDate)
    {
        await using var desk = await SampleDesk.OpenAsync(culture: culture);
        var fields = NewCommitment("31/12/2025");
        fields["Form.Description"] = "";

        using var response = await desk.Session.PostFormAsync($"/events/{desk.EventId}/commitments/edit?agreement=mou-no-2024", fields);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches($"data-valmsg-for=\"Form.Description\"[^>]*>{Regex.Escape(noDescription)}", html);
        Assert.Matches($"data-valmsg-for=\"Form.DueDate\"[^>]*>{Regex.Escape(badDate)}", html);
        Assert.Null(await desk.CommitmentAsync("c-no-workshop"));
    }

    [Fact]
    public async Task AnIdAlreadyTakenIsRefusedBesideTheIdWithTheSharedRule()
    {
        await using var desk = await SampleDesk.OpenAsync(culture: "fr");
        var fields = NewCommitment("2025-06-10");
        fields["Form.Id"] = "c-no-experts";

        using var response = await desk.Session.PostFormAsync($"/events/{desk.EventId}/commitments/edit?agreement=mou-no-2024", fields);

        Assert.Matches("data-valmsg-for=\"Form.Id\"[^>]*>Cet identifiant existe déjà dans l&#x27;événement", await response.Content.ReadAsStringAsync());
        Assert.NotEqual("Exchange liaison officers for the border workshop", (await desk.CommitmentAsync("c-no-experts"))!.Description);
    }

    private static Dictionary<string, string> NewCommitment(string dueDate) => new()
    {
        ["Form.Id"] = "c-no-workshop", ["Form.Description"] = "Exchange liaison officers for the border workshop",
        ["Form.OwnerUnit"] = "Border Police Directorate", ["Form.DueDate"] = dueDate, ["Form.Status"] = "Open",
    };

    private static Dictionary<string, string> Edit(string version, string dueDate) => new()
    {
        ["Form.Version"] = version, ["Form.Id"] = "c-no-experts", ["Form.Description"] = "Send two cross-border crime experts",
        ["Form.OwnerUnit"] = "Judicial Police Directorate", ["Form.DueDate"] = dueDate, ["Form.Status"] = "InProgress",
    };

    private static string Section(string html, string testId)
    {
        var start = html.IndexOf($"data-testid=\"{testId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"The page has no {testId} section.");
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }
}
