using System.Net;
using Liaison.Data;
using Liaison.Data.Entities;
using Liaison.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.Web.Tests;

/// <summary>The re-plan page: after a withdrawal, the untouched meeting is kept and the withdrawn one dropped.</summary>
public sealed class ReplanPageTests
{
    [Fact]
    public async Task AWithdrawnRequestIsDroppedAndTheOtherMeetingKeptWhereItWas()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app, scheduled: true);
        await WithdrawAsync(app, data.EthiopiaRequestId);
        using var session = await PageSession.SignInAsync(app, LiaisonRoles.ProtocolOfficer, culture: "fr");

        using var response = await session.PostFormAsync($"/events/{data.EventId}/replan", new() { ["TimeLimitSeconds"] = "5" });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<span>Gardée: 1</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span>Retirée: 1</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span>Déplacée: 0</span>", html, StringComparison.Ordinal);
        Assert.Contains("09:00–09:30 (Africa/Casablanca, &#x2B;01) · Salon Atlas", html, StringComparison.Ordinal);
        using var scope = app.Services.CreateScope();
        var meetings = await scope.ServiceProvider.GetRequiredService<LiaisonDbContext>().Set<MeetingEntity>()
            .Where(m => m.EventId == data.EventId).Select(m => new { m.RequestId, m.Start }).ToListAsync();
        var kept = Assert.Single(meetings);
        Assert.Equal((data.NorwayRequestId, TestEvent.DayStart), (kept.RequestId, kept.Start));
    }

    [Fact]
    public async Task ATimeLimitOutOfRangeIsRefusedBesideTheFieldAndNothingRuns()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app, scheduled: true);
        using var session = await PageSession.SignInAsync(app, LiaisonRoles.ProtocolOfficer, culture: "es");

        using var response = await session.PostFormAsync($"/events/{data.EventId}/replan", new() { ["TimeLimitSeconds"] = "0" });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("data-valmsg-for=\"TimeLimitSeconds\" data-valmsg-replace=\"true\">Introduzca un tiempo entre 1 y 120 segundos.</span>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"changes\"", html, StringComparison.Ordinal);
    }

    private static async Task WithdrawAsync(LiaisonApp app, Guid requestId)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LiaisonDbContext>();
        var request = await db.Set<MeetingRequestEntity>().SingleAsync(r => r.Id == requestId);
        request.Status = RequestStatus.Withdrawn;
        await db.SaveChangesAsync();
    }
}
