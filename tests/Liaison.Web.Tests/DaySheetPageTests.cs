using System.Net;
using Liaison.Data;
using Liaison.Data.Entities;
using Liaison.Domain;
using Liaison.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Liaison.Web.Tests;

/// <summary>A principal's printable day sheet.</summary>
public sealed class DaySheetPageTests
{
    [Fact]
    public async Task SheetListsTheDaysMeetingsAndPlenaryInTimeOrderWithTheZoneAndThePrintStylesheet()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app, scheduled: true);
        await AddPlenaryAsync(app, data.EventId);
        using var session = await PageSession.SignInAsync(app, LiaisonRoles.ProtocolOfficer, culture: "fr");

        var (status, html) = await session.GetAsync($"/events/{data.EventId}/principals/{await PrincipalIdAsync(app, data.EventId)}/day-sheet/2024-11-25");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("href=\"/css/day-sheet-print.css?v=", html, StringComparison.Ordinal);
        Assert.Contains("media=\"print\"", html, StringComparison.Ordinal);
        Assert.Contains("<bdi dir=\"ltr\">(Africa/Casablanca, &#x2B;01)</bdi>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"sheet-day\">lundi 25 novembre 2024</p>", html, StringComparison.Ordinal);
        var norway = html.IndexOf("<bdi>Norv", StringComparison.Ordinal);
        var plenary = html.IndexOf("<bdi>Opening plenary</bdi>", StringComparison.Ordinal);
        var ethiopia = html.IndexOf("<bdi>Éthiopie</bdi>", StringComparison.Ordinal);
        Assert.True(norway >= 0 && plenary > norway && ethiopia > plenary, "Norway 09:00, then the plenary at 09:40, then Ethiopia at 10:00");
        Assert.Contains("<bdi dir=\"ltr\">09:00–09:30</bdi>", html, StringComparison.Ordinal);
        Assert.Contains("<bdi>Salon Atlas</bdi>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAnalystWithoutClearanceSeesAConfidentialMeetingsTimeButNotItsCounterpart()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app, scheduled: true);
        using var session = await PageSession.SignInAsync(app, LiaisonRoles.Analyst);

        var (_, html) = await session.GetAsync($"/events/{data.EventId}/principals/{await PrincipalIdAsync(app, data.EventId)}/day-sheet");

        Assert.Contains("<bdi>Norway</bdi>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Ethiopia", html, StringComparison.Ordinal);
        Assert.Contains("<bdi>Confidential</bdi>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADayOutsideTheEventIsNotFoundAndALiaisonOfficerIsForbidden()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app, scheduled: true);
        var principalId = await PrincipalIdAsync(app, data.EventId);
        using var protocol = await PageSession.SignInAsync(app, LiaisonRoles.ProtocolOfficer);
        using var liaison = await PageSession.SignInAsync(app, LiaisonRoles.LiaisonOfficer, data.NorwayId);

        var (outside, _) = await protocol.GetAsync($"/events/{data.EventId}/principals/{principalId}/day-sheet/2024-11-30");
        var (refused, html) = await liaison.GetAsync($"/events/{data.EventId}/principals/{principalId}/day-sheet");

        Assert.Equal(HttpStatusCode.NotFound, outside);
        Assert.Equal(HttpStatusCode.Forbidden, refused);
        Assert.DoesNotContain("Salon Atlas", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CalendarsPageOffersALiaisonOfficerOnlyItsDelegationsFile()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app, scheduled: true);
        using var protocol = await PageSession.SignInAsync(app, LiaisonRoles.ProtocolOfficer);
        using var liaison = await PageSession.SignInAsync(app, LiaisonRoles.LiaisonOfficer, data.NorwayId);

        var (_, all) = await protocol.GetAsync($"/events/{data.EventId}/calendars");
        var (_, own) = await liaison.GetAsync($"/events/{data.EventId}/calendars");

        Assert.Contains($"calendar.ics?room={data.AtlasId}", all, StringComparison.Ordinal);
        Assert.Contains($"calendar.ics?delegation={data.EthiopiaId}", all, StringComparison.Ordinal);
        Assert.Contains("/day-sheet\">Day sheet</a>", all, StringComparison.Ordinal);
        Assert.Contains($"calendar.ics?delegation={data.NorwayId}", own, StringComparison.Ordinal);
        Assert.DoesNotContain(data.EthiopiaId.ToString(), own, StringComparison.Ordinal);
        Assert.DoesNotContain("calendar.ics?room=", own, StringComparison.Ordinal);
    }

    private static async Task<Guid> PrincipalIdAsync(LiaisonApp app, Guid eventId)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<LiaisonDbContext>().Set<PrincipalEntity>().Where(p => p.EventId == eventId).Select(p => p.Id).SingleAsync();
    }

    private static async Task AddPlenaryAsync(LiaisonApp app, Guid eventId)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LiaisonDbContext>();
        db.Add(new BlockedTimeEntity
        {
            Id = Guid.NewGuid(), EventId = eventId, ScenarioId = "opening", Label = "Opening plenary", Kind = BlockedTimeKind.Plenary,
            Start = TestEvent.DayStart + Duration.FromMinutes(40), End = TestEvent.DayStart + Duration.FromMinutes(55),
        });
        await db.SaveChangesAsync();
    }
}
