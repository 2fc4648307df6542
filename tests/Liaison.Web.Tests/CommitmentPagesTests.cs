using System.Net;
using Liaison.Data;
using Liaison.Data.Dossiers;
using Liaison.Domain.Commitments;
using Liaison.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.Web.Tests;

public sealed class CommitmentPagesTests
{
    // 23:30 UTC on 31 May 2025 is 00:30 on 1 June in Marrakech (+01): c-no-experts, due 31 May, is overdue there, not yet in UTC.
    private static readonly FixedTime JustAfterLocalMidnight = new(new DateTimeOffset(2025, 5, 31, 23, 30, 0, TimeSpan.Zero));

    [Fact]
    public async Task OverdueIsJudgedByTodayInTheEventsZone()
    {
        await using var app = await LiaisonApp.StartAsync(time: JustAfterLocalMidnight);
        var sample = await ImportedSample.ImportAsync(app);
        using var session = await PageSession.SignInAsync(app, LiaisonRoles.Analyst);

        var (status, html) = await session.GetAsync($"/events/{sample.EventId}/commitments");

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
        await using var app = await LiaisonApp.StartAsync(time: JustAfterLocalMidnight);
        var sample = await ImportedSample.ImportAsync(app);
        using var session = await PageSession.SignInAsync(app, LiaisonRoles.ProtocolOfficer);
        var url = $"/events/{sample.EventId}/commitments";

        using var response = await session.PostFormAsync(url + "?handler=Status", new() { ["commitmentId"] = "c-no-experts", ["status"] = "Done" }, url);
        var (_, html) = await session.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("c-no-experts", html, StringComparison.Ordinal);
        using var scope = app.Services.CreateScope();
        var stored = await scope.ServiceProvider.GetRequiredService<CommitmentStore>().ForOwnerAsync(sample.EventId, "Judicial Police Directorate");
        Assert.Equal(CommitmentStatus.Done, stored.Single(c => c.Id == "c-no-experts").Status);
    }

    [Fact]
    public async Task ALiaisonOfficerIsForbidden()
    {
        await using var app = await LiaisonApp.StartAsync(time: JustAfterLocalMidnight);
        var sample = await ImportedSample.ImportAsync(app);
        using var session = await PageSession.SignInAsync(app, LiaisonRoles.LiaisonOfficer, sample.NorwayId);

        var (status, html) = await session.GetAsync($"/events/{sample.EventId}/commitments");

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.DoesNotContain("c-no-experts", html, StringComparison.Ordinal);
    }

    private static string Section(string html, string testId)
    {
        var start = html.IndexOf($"data-testid=\"{testId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"The page has no {testId} section.");
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }
}
