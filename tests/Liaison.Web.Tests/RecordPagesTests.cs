using System.Net;
using Liaison.Data;
using Liaison.Data.Dossiers;
using Liaison.Domain.Records;
using Liaison.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.Web.Tests;

public sealed class RecordPagesTests
{
    // R26 is restricted in the sample; R01 (Poland) is normal.
    private const string RestrictedSummary = "the partner asked that the meeting not be made public";

    [Fact]
    public async Task TheListLinksEveryHeldMeetingForTheCooperationDesk()
    {
        await using var app = await LiaisonApp.StartAsync();
        var sample = await ImportedSample.ImportAsync(app);
        using var session = await PageSession.SignInAsync(app, LiaisonRoles.Analyst);

        var (status, html) = await session.GetAsync($"/events/{sample.EventId}/records");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(43, System.Text.RegularExpressions.Regex.Count(html, $"href=\"/events/{sample.EventId}/records/R\\d\\d\""));
    }

    [Fact]
    public async Task TheFormShowsTopicsInTheReadersLanguage()
    {
        await using var app = await LiaisonApp.StartAsync();
        var sample = await ImportedSample.ImportAsync(app);
        using var session = await PageSession.SignInAsync(app, LiaisonRoles.ProtocolOfficer, culture: "es");

        var (status, html) = await session.GetAsync($"/events/{sample.EventId}/records/R01");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Polonia", html, StringComparison.Ordinal);
        Assert.Contains("value=\"organised-crime\" checked=\"checked\"", html, StringComparison.Ordinal);
        Assert.Contains("delincuencia organizada", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("records")]
    [InlineData("records/R01")]
    public async Task ALiaisonOfficerIsForbidden(string page)
    {
        await using var app = await LiaisonApp.StartAsync();
        var sample = await ImportedSample.ImportAsync(app);
        using var session = await PageSession.SignInAsync(app, LiaisonRoles.LiaisonOfficer, sample.NorwayId);

        var (status, html) = await session.GetAsync($"/events/{sample.EventId}/{page}");

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.DoesNotContain("Illustrative summary", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARestrictedSummaryIsNotInThePageForAnUnclearedAnalyst()
    {
        await using var app = await LiaisonApp.StartAsync();
        var sample = await ImportedSample.ImportAsync(app);
        using var uncleared = await PageSession.SignInAsync(app, LiaisonRoles.Analyst);
        using var cleared = await PageSession.SignInAsync(app, LiaisonRoles.Analyst, clearance: true);

        var (_, hidden) = await uncleared.GetAsync($"/events/{sample.EventId}/records/R26");
        var (_, shown) = await cleared.GetAsync($"/events/{sample.EventId}/records/R26");

        Assert.DoesNotContain(RestrictedSummary, hidden, StringComparison.Ordinal);
        Assert.DoesNotContain("Head of delegation", hidden, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"withheld\"", hidden, StringComparison.Ordinal);
        Assert.Contains(RestrictedSummary, shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnclearedSaveOfARestrictedRecordKeepsItsSummaryAndAttendees()
    {
        await using var app = await LiaisonApp.StartAsync();
        var sample = await ImportedSample.ImportAsync(app);
        using var uncleared = await PageSession.SignInAsync(app, LiaisonRoles.Analyst);
        var url = $"/events/{sample.EventId}/records/R26";

        using var response = await uncleared.PostFormAsync(url, new()
        {
            ["Form.Topics"] = "terrorism", ["Form.Outcome"] = "FollowUpAgreed", ["Form.Publicity"] = "Confidential",
            ["Form.Summary"] = "overwritten", ["Form.Confidentiality"] = "Normal",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await FindAsync(app, sample.EventId, "R26");
        Assert.Equal(["terrorism"], stored.TopicCodes);
        Assert.Equal(MeetingOutcome.FollowUpAgreed, stored.Outcome);
        Assert.Equal(Confidentiality.Restricted, stored.Confidentiality);
        Assert.Contains(RestrictedSummary, stored.Summary, StringComparison.Ordinal);
        Assert.Equal(2, stored.Attendees.Count);
    }

    [Fact]
    public async Task AnAttendeeWithATitleButNoNameIsRefusedBesideTheFieldAndNothingIsSaved()
    {
        await using var app = await LiaisonApp.StartAsync();
        var sample = await ImportedSample.ImportAsync(app);
        using var session = await PageSession.SignInAsync(app, LiaisonRoles.Analyst, culture: "fr");
        var url = $"/events/{sample.EventId}/records/R01";

        using var response = await session.PostFormAsync(url, new()
        {
            ["Form.Attendees[0].Title"] = "Director", ["Form.Attendees[0].Side"] = "Partner", ["Form.Summary"] = "changed",
            ["Form.Outcome"] = "NoOutcome", ["Form.Confidentiality"] = "Normal", ["Form.Publicity"] = "Public",
        });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("data-valmsg-for=\"Form.Attendees\\[0\\].Name\"[^>]*>Indiquez le nom du participant", html);
        Assert.NotEqual("changed", (await FindAsync(app, sample.EventId, "R01")).Summary);
    }

    private static async Task<MeetingRecord> FindAsync(LiaisonApp app, Guid eventId, string requestId)
    {
        using var scope = app.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<RecordStore>().FindAsync(eventId, requestId))!;
    }
}
