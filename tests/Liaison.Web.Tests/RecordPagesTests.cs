using System.Net;
using Liaison.Data;
using Liaison.Domain.Records;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests;

public sealed class RecordPagesTests
{
    // R26 is restricted in the sample; R01 (Poland) is normal.
    private const string RestrictedSummary = "the partner asked that the meeting not be made public";

    [Fact]
    public async Task TheListLinksEveryHeldMeetingForTheCooperationDesk()
    {
        await using var desk = await SampleDesk.OpenAsync(LiaisonRoles.Analyst);

        var (status, html) = await desk.Session.GetAsync($"/events/{desk.EventId}/records");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(43, System.Text.RegularExpressions.Regex.Count(html, $"href=\"/events/{desk.EventId}/records/R\\d\\d\""));
    }

    [Fact]
    public async Task TheFormShowsTopicsInTheReadersLanguage()
    {
        await using var desk = await SampleDesk.OpenAsync(LiaisonRoles.ProtocolOfficer, culture: "es");

        var (status, html) = await desk.Session.GetAsync($"/events/{desk.EventId}/records/R01");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Polonia", html, StringComparison.Ordinal);
        Assert.Contains("value=\"organised-crime\" checked=\"checked\"", html, StringComparison.Ordinal);
        Assert.Contains("delincuencia organizada", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ASignedMeetingsRecordLinksItsAgreementAndOffersToRecordAnother()
    {
        await using var desk = await SampleDesk.OpenAsync();

        var (_, html) = await desk.Session.GetAsync($"/events/{desk.EventId}/records/R14");

        Assert.Contains($"href=\"/events/{desk.EventId}/agreements/mou-et-2024\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/events/{desk.EventId}/agreements/edit?meeting=R14\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/events/{desk.EventId}/commitments/edit?meeting=R14\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheFormOffersOnlyActiveTopicsButKeepsARetiredOneTheRecordNames()
    {
        await using var desk = await SampleDesk.OpenAsync();
        await desk.RetireTopicAsync("cross-border-crime");

        var (_, naming) = await desk.Session.GetAsync($"/events/{desk.EventId}/records/R22");
        var (_, other) = await desk.Session.GetAsync($"/events/{desk.EventId}/records/R23");

        Assert.Contains("value=\"cross-border-crime\" checked=\"checked\"", naming, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"cross-border-crime\"", other, StringComparison.Ordinal);
        Assert.Contains("value=\"police-training\" checked=\"checked\"", other, StringComparison.Ordinal);
        Assert.Contains("value=\"terrorism\"", other, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARetiredTopicTheRecordDidNotNameIsRefusedInTheReadersLanguageAndNothingIsSaved()
    {
        await using var desk = await SampleDesk.OpenAsync(culture: "ar");
        await desk.RetireTopicAsync("cross-border-crime");

        using var response = await desk.Session.PostFormAsync($"/events/{desk.EventId}/records/R23", new()
        {
            ["Form.Topics"] = "cross-border-crime", ["Form.Outcome"] = "NoOutcome", ["Form.Confidentiality"] = "Normal", ["Form.Publicity"] = "Public",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("data-valmsg-for=\"Form.Topics\"[^>]*>«cross-border-crime» موضوع مسحوب من الاستخدام؛ اختر موضوعًا مستخدمًا، أو اطلب من مسؤول النظام إعادته إلى الاستخدام.",
            await response.Content.ReadAsStringAsync());
        Assert.Equal(["police-training"], (await desk.RecordAsync("R23"))!.TopicCodes);
    }

    [Theory]
    [InlineData("records")]
    [InlineData("records/R01")]
    public async Task ALiaisonOfficerIsForbidden(string page)
    {
        await using var desk = await SampleDesk.OpenAsync(LiaisonRoles.LiaisonOfficer);

        var (status, html) = await desk.Session.GetAsync($"/events/{desk.EventId}/{page}");

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.DoesNotContain("Illustrative summary", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARestrictedSummaryIsNotInThePageForAnUnclearedAnalyst()
    {
        await using var desk = await SampleDesk.OpenAsync(LiaisonRoles.Analyst);
        var uncleared = desk.Session;
        using var cleared = await desk.SignInAsync(LiaisonRoles.Analyst, clearance: true);

        var (_, hidden) = await uncleared.GetAsync($"/events/{desk.EventId}/records/R26");
        var (_, shown) = await cleared.GetAsync($"/events/{desk.EventId}/records/R26");

        Assert.DoesNotContain(RestrictedSummary, hidden, StringComparison.Ordinal);
        Assert.DoesNotContain("Head of delegation", hidden, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"withheld\"", hidden, StringComparison.Ordinal);
        Assert.Contains(RestrictedSummary, shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnclearedSaveOfARestrictedRecordKeepsItsSummaryAndAttendees()
    {
        await using var desk = await SampleDesk.OpenAsync(LiaisonRoles.Analyst);
        var uncleared = desk.Session;
        var url = $"/events/{desk.EventId}/records/R26";

        using var response = await uncleared.PostFormAsync(url, new()
        {
            ["Form.Topics"] = "terrorism", ["Form.Outcome"] = "FollowUpAgreed", ["Form.Publicity"] = "Confidential",
            ["Form.Summary"] = "overwritten", ["Form.Confidentiality"] = "Normal",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = (await desk.RecordAsync("R26"))!;
        Assert.Equal(["terrorism"], stored.TopicCodes);
        Assert.Equal(MeetingOutcome.FollowUpAgreed, stored.Outcome);
        Assert.Equal(Confidentiality.Restricted, stored.Confidentiality);
        Assert.Contains(RestrictedSummary, stored.Summary, StringComparison.Ordinal);
        Assert.Equal(2, stored.Attendees.Count);
    }

    [Fact]
    public async Task AnAttendeeWithATitleButNoNameIsRefusedBesideTheFieldAndNothingIsSaved()
    {
        await using var desk = await SampleDesk.OpenAsync(LiaisonRoles.Analyst, culture: "fr");
        var url = $"/events/{desk.EventId}/records/R01";

        using var response = await desk.Session.PostFormAsync(url, new()
        {
            ["Form.Attendees[0].Title"] = "Director", ["Form.Attendees[0].Side"] = "Partner", ["Form.Summary"] = "changed",
            ["Form.Outcome"] = "NoOutcome", ["Form.Confidentiality"] = "Normal", ["Form.Publicity"] = "Public",
        });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("data-valmsg-for=\"Form.Attendees\\[0\\].Name\"[^>]*>Indiquez le nom du participant", html);
        Assert.NotEqual("changed", ((await desk.RecordAsync("R01"))!).Summary);
    }
}
