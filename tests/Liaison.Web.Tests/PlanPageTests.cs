using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Liaison.Data;
using Liaison.Scheduling;
using Liaison.Web.Planning;
using Liaison.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.Web.Tests;

/// <summary>The plan page's live progress: the planner's phase in the reader's language.</summary>
public sealed class PlanPageTests
{
    [Theory]
    [InlineData("fr", "resserrement des journées")]
    [InlineData("ar", "ضغط الأيام")]
    public async Task TheRunningPhaseIsNamedInTheReadersLanguage(string culture, string phase)
    {
        await using var app = await LiaisonApp.StartAsync(withoutPlannerWorker: true);
        var data = await TestEvent.StoreAsync(app, scheduled: true);
        var runId = await StartRunAsync(app, data.EventId);
        var (_, progress) = app.Services.GetRequiredService<PlannerRunRegistry>().Attach(runId);
        progress.Report(new PlannerProgress(TimeSpan.FromSeconds(3), PlannerPhase.CompactingDays, 139, 139));
        using var session = await PageSession.SignInAsync(app, LiaisonRoles.ProtocolOfficer, culture: culture);

        var (status, html) = await session.GetAsync($"/events/{data.EventId}/plan?handler=Progress");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"<dd data-testid=\"phase\">{phase}</dd>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("es", "en espera del planificador")]
    [InlineData("en", "waiting for the planner")]
    public async Task ARunTheQueueHasNotStartedSaysItIsWaiting(string culture, string phase)
    {
        await using var app = await LiaisonApp.StartAsync(withoutPlannerWorker: true);
        var data = await TestEvent.StoreAsync(app, scheduled: true);
        await StartRunAsync(app, data.EventId);
        using var session = await PageSession.SignInAsync(app, LiaisonRoles.ProtocolOfficer, culture: culture);

        var (_, html) = await session.GetAsync($"/events/{data.EventId}/plan");

        Assert.Contains($"<dd data-testid=\"phase\">{phase}</dd>", html, StringComparison.Ordinal);
    }

    private static async Task<Guid> StartRunAsync(LiaisonApp app, Guid eventId)
    {
        using var officer = await app.ClientForAsync(LiaisonRoles.ProtocolOfficer);
        using var started = await officer.PostAsJsonAsync($"/api/events/{eventId}/planner-runs", new { timeLimitSeconds = 20 });
        var run = await started.Content.ReadFromJsonAsync<JsonElement>();
        return run.GetProperty("id").GetGuid();
    }
}
