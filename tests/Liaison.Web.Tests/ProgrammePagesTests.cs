using System.Net;
using Liaison.Data;
using Liaison.Data.Entities;
using Liaison.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.Web.Tests;

public sealed class ProgrammePagesTests
{
    [Fact]
    public async Task GridShowsEachMeetingWithCounterpartRoomAndLabelledTimeInTheEventsZone()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app, scheduled: true);
        using var session = await PageSession.SignInAsync(app, LiaisonRoles.ProtocolOfficer);

        var (status, html) = await session.GetAsync($"/events/{data.EventId}/programme");
        var (_, rooms) = await session.GetAsync($"/events/{data.EventId}/programme?by=room");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("data-meeting=\"R1\"", html, StringComparison.Ordinal);
        Assert.Contains("<strong><bdi>Norway</bdi></strong>", html, StringComparison.Ordinal);
        Assert.Contains("AM (Africa/Casablanca, +01)", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("Room: <bdi>Salon Atlas</bdi>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\"><bdi>Salon Rif</bdi></th>", rooms, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LiaisonOfficerSeesOnlyItsDelegationAndAnotherDelegationsProgrammeIs404()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app, scheduled: true);
        using var session = await PageSession.SignInAsync(app, LiaisonRoles.LiaisonOfficer, data.NorwayId);

        var (_, all) = await session.GetAsync($"/events/{data.EventId}/programme");
        var (own, _) = await session.GetAsync($"/events/{data.EventId}/programme/{data.NorwayId}");
        var (other, _) = await session.GetAsync($"/events/{data.EventId}/programme/{data.EthiopiaId}");
        var (move, _) = await session.GetAsync($"/events/{data.EventId}/meetings/{data.NorwayMeetingId}/move");

        Assert.Contains("data-meeting=\"R1\"", all, StringComparison.Ordinal);
        Assert.DoesNotContain("data-meeting=\"R2\"", all, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, own);
        Assert.Equal(HttpStatusCode.NotFound, other);
        Assert.NotEqual(HttpStatusCode.OK, move);
    }

    [Fact]
    public async Task AConflictingMoveShowsTheConflictAndSavesNothingAndACleanOneSaves()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app, scheduled: true);
        using var session = await PageSession.SignInAsync(app, LiaisonRoles.ProtocolOfficer);
        var page = $"/events/{data.EventId}/meetings/{data.NorwayMeetingId}/move";

        using var clash = await session.PostFormAsync($"{page}?handler=Save", new()
        {
            ["RoomId"] = data.RifId.ToString(), ["Date"] = "2024-11-25", ["Start"] = "10:00", ["Version"] = "1",
        }, page);
        var clashHtml = await clash.Content.ReadAsStringAsync();
        var unchanged = await Meeting(app, data.NorwayMeetingId);
        using var clean = await session.PostFormAsync($"{page}?handler=Save", new()
        {
            ["RoomId"] = data.RifId.ToString(), ["Date"] = "2024-11-25", ["Start"] = "14:00", ["Version"] = "1",
        }, page);
        var moved = await Meeting(app, data.NorwayMeetingId);

        Assert.Equal(HttpStatusCode.OK, clash.StatusCode);
        Assert.Contains("<li data-kind=\"DoubleBooking\">", clashHtml, StringComparison.Ordinal);
        Assert.Equal((data.AtlasId, TestEvent.DayStart, 1), (unchanged.RoomId, unchanged.Start, unchanged.Version));
        Assert.Equal(HttpStatusCode.Redirect, clean.StatusCode);
        Assert.Equal((data.RifId, TestEvent.DayStart + NodaTime.Duration.FromHours(5)), (moved.RoomId, moved.Start));
    }

    private static async Task<MeetingEntity> Meeting(LiaisonApp app, Guid id)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<LiaisonDbContext>().Set<MeetingEntity>().AsNoTracking().SingleAsync(m => m.Id == id);
    }
}
