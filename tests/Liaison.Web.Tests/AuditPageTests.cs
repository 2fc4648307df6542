using System.Net;
using Liaison.Data;
using Liaison.Data.Entities;
using Liaison.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.Web.Tests;

/// <summary>The auditors' audit trail page: filters, paging, read-only, refused to everyone else.</summary>
public sealed class AuditPageTests
{
    [Fact]
    public async Task AuditorSeesAChangeMadeThroughTheSetupPageFilteredByEntityAndUser()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app);
        using var protocol = await PageSession.SignInAsync(app, LiaisonRoles.ProtocolOfficer);
        using var added = await protocol.PostFormAsync(
            $"/events/{data.EventId}/setup/rooms", new() { ["Input.ScenarioId"] = "majorelle", ["Input.Name"] = "Salon Majorelle", ["Input.Capacity"] = "10" });
        using var auditor = await PageSession.SignInAsync(app, LiaisonRoles.Auditor, culture: "fr");

        var (status, rooms) = await auditor.GetAsync("/audit?entityType=RoomEntity");
        var (_, events) = await auditor.GetAsync("/audit?entityType=EventEntity");

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Salon Majorelle", rooms, StringComparison.Ordinal);
        Assert.Contains("<td>Ajout</td>", rooms, StringComparison.Ordinal);
        Assert.Contains(" UTC</td>", rooms, StringComparison.Ordinal);
        Assert.DoesNotContain("Salon Majorelle", events, StringComparison.Ordinal);
        Assert.DoesNotContain("<button type=\"submit\" name=\"delete", rooms, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADateRangeBeforeAnyChangeShowsNothing()
    {
        await using var app = await LiaisonApp.StartAsync();
        await TestEvent.StoreAsync(app);
        using var auditor = await PageSession.SignInAsync(app, LiaisonRoles.Auditor);

        var (_, html) = await auditor.GetAsync("/audit?from=2000-01-01&to=2000-01-31");

        Assert.Contains("No entry matches these filters.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PagesOfFiftyLinkToOlderEntriesKeepingTheFilters()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app);
        await AddRoomsAsync(app, data.EventId, 55);
        using var auditor = await PageSession.SignInAsync(app, LiaisonRoles.Auditor);

        var (_, first) = await auditor.GetAsync("/audit?entityType=RoomEntity");
        var (_, second) = await auditor.GetAsync("/audit?entityType=RoomEntity&pageNumber=2");

        Assert.Contains("data-testid=\"older\" href=\"/audit?entityType=RoomEntity&amp;pageNumber=2\"", first, StringComparison.Ordinal);
        Assert.Contains("href=\"/audit?entityType=RoomEntity&amp;pageNumber=1\">Newer</a>", second, StringComparison.Ordinal);
        Assert.Equal(57 - 50, second.Split("<td dir=\"ltr\">RoomEntity</td>").Length - 1);
    }

    private static async Task AddRoomsAsync(LiaisonApp app, Guid eventId, int count)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LiaisonDbContext>();
        db.AddRange(Enumerable.Range(0, count).Select(i => new RoomEntity
        {
            Id = Guid.NewGuid(), EventId = eventId, ScenarioId = $"room-{i}", Name = $"Room {i}", Capacity = 4, Position = 10 + i,
        }));
        await db.SaveChangesAsync();
    }

    [Theory]
    [InlineData(LiaisonRoles.LiaisonOfficer)]
    [InlineData(LiaisonRoles.ProtocolOfficer)]
    public async Task EveryoneButAuditorsIsForbidden(string role)
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app);
        using var session = await PageSession.SignInAsync(app, role, role == LiaisonRoles.LiaisonOfficer ? data.NorwayId : null);

        var (status, html) = await session.GetAsync("/audit");

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.DoesNotContain("RoomEntity", html, StringComparison.Ordinal);
    }
}
