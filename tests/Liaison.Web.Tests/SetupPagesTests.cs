using System.Net;
using Liaison.Data;
using Liaison.Data.Entities;
using Liaison.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.Web.Tests;

/// <summary>The event set-up pages: the overview in the event's zone and the room, principal and interpreter forms.</summary>
public sealed class SetupPagesTests
{
    [Fact]
    public async Task OverviewShowsHoursRoomsAndPrincipalsWithTheZoneLabel()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app);
        using var session = await PageSession.SignInAsync(app, LiaisonRoles.ProtocolOfficer, culture: "fr");

        var (status, html) = await session.GetAsync($"/events/{data.EventId}/setup");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<bdi>09:00–18:00 (Africa/Casablanca, &#x2B;01)</bdi>", html, StringComparison.Ordinal);
        Assert.Contains("<bdi>Salon Atlas</bdi>", html, StringComparison.Ordinal);
        Assert.Contains("<bdi>Director General</bdi>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TooFewSeatsAreRefusedInFrenchBesideTheFieldAndNothingIsSaved()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app);
        using var session = await PageSession.SignInAsync(app, LiaisonRoles.ProtocolOfficer, culture: "fr");

        using var response = await session.PostFormAsync($"/events/{data.EventId}/setup/rooms", Room("majorelle", "Salon Majorelle", "1"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-valmsg-for=\"Input.Capacity\" data-valmsg-replace=\"true\">Saisissez un nombre de places entre 2 et 500.</span>", html, StringComparison.Ordinal);
        Assert.Equal(2, await CountAsync<RoomEntity>(app, data.EventId));
    }

    [Theory]
    [InlineData("fr", "« douze » n&#x27;est pas une valeur valide pour Places ; corrigez-la.")]
    [InlineData("ar", "«douze» ليست قيمة صالحة لحقل عدد المقاعد؛ صحّحها.")]
    public async Task SeatsThatAreNotANumberAreRefusedInTheReadersLanguageBesideTheField(string culture, string message)
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app);
        using var session = await PageSession.SignInAsync(app, LiaisonRoles.ProtocolOfficer, culture: culture);

        using var response = await session.PostFormAsync($"/events/{data.EventId}/setup/rooms", Room("majorelle", "Salon Majorelle", "douze"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"data-valmsg-for=\"Input.Capacity\" data-valmsg-replace=\"true\">{message}</span>", html, StringComparison.Ordinal);
        Assert.Equal(2, await CountAsync<RoomEntity>(app, data.EventId));
    }

    [Fact]
    public async Task ARoomIdTakenByAnotherRoomIsRefusedBesideTheIdByTheSharedRule()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app);
        using var session = await PageSession.SignInAsync(app, LiaisonRoles.ProtocolOfficer);

        using var response = await session.PostFormAsync($"/events/{data.EventId}/setup/rooms", Room("atlas", "Another Atlas", "4"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("data-valmsg-for=\"Input.ScenarioId\" data-valmsg-replace=\"true\">This id is already used in this event; choose another.</span>", html, StringComparison.Ordinal);
        Assert.Equal(2, await CountAsync<RoomEntity>(app, data.EventId));
    }

    [Fact]
    public async Task ANewRoomIsSavedAndListed()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app);
        using var session = await PageSession.SignInAsync(app, LiaisonRoles.ProtocolOfficer);

        using var response = await session.PostFormAsync($"/events/{data.EventId}/setup/rooms", Room("majorelle", "Salon Majorelle", "12"));
        var (_, html) = await session.GetAsync($"/events/{data.EventId}/setup");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/events/{data.EventId}/setup", response.Headers.Location?.OriginalString);
        Assert.Contains("<bdi>Salon Majorelle</bdi>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditingAPrincipalKeepsItsIdAndSavesTheLanguages()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app);
        var principal = await FirstAsync<PrincipalEntity>(app, data.EventId);
        using var session = await PageSession.SignInAsync(app, LiaisonRoles.ProtocolOfficer);
        var url = $"/events/{data.EventId}/setup/principals/{principal.Id}";

        using var renamed = await session.PostFormAsync(url, new() { ["Input.ScenarioId"] = "dg2", ["Input.Title"] = "DG", ["Input.Languages"] = "ar", ["Input.Version"] = "1" });
        using var saved = await session.PostFormAsync(url, new() { ["Input.ScenarioId"] = "dg", ["Input.Title"] = "Director General", ["Input.Languages"] = "AR, fr, en", ["Input.Version"] = "1" });

        Assert.Contains("The id cannot change once created", await renamed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(["ar", "fr", "en"], (await FirstAsync<PrincipalEntity>(app, data.EventId)).Languages);
    }

    [Fact]
    public async Task AnInterpreterPairThatIsNotAPairIsNamedInTheMessage()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app);
        using var session = await PageSession.SignInAsync(app, LiaisonRoles.ProtocolOfficer, culture: "es");

        using var response = await session.PostFormAsync(
            $"/events/{data.EventId}/setup/interpreters", new() { ["Input.ScenarioId"] = "int-1", ["Input.Name"] = "Interpreter 1", ["Input.LanguagePairs"] = "ar/fr, ar/ar" });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("&#x27;ar/ar&#x27; no es un par de idiomas", html, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync<InterpreterEntity>(app, data.EventId));
    }

    [Fact]
    public async Task AStaleRoomEditShowsWhatTheOtherSavedInArabicKeepsTheInputAndWritesNothing()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app);
        using var session = await PageSession.SignInAsync(app, LiaisonRoles.ProtocolOfficer, culture: "ar");
        using var colleague = await PageSession.SignInAsync(app, LiaisonRoles.ProtocolOfficer);
        var url = $"/events/{data.EventId}/setup/rooms/{data.AtlasId}";

        using var theirs = await colleague.PostFormAsync(url, new(Room("atlas", "Salon Atlas", "12")) { ["Input.Version"] = "1" });
        using var mine = await session.PostFormAsync(url, new(Room("atlas", "Grand Salon Atlas", "8")) { ["Input.Version"] = "1" });
        var html = await mine.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Redirect, theirs.StatusCode);
        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.Matches("data-testid=\"stale\"[\\s\\S]*<dt>عدد المقاعد</dt><dd><bdi>12</bdi></dd>", html);
        Assert.Contains("<dt>الاسم</dt><dd><bdi>Salon Atlas</bdi></dd>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Grand Salon Atlas\"", html, StringComparison.Ordinal);
        var stored = await FirstAsync<RoomEntity>(app, data.EventId);
        Assert.Equal(("Salon Atlas", 12), (stored.Name, stored.Capacity));
    }

    [Fact]
    public async Task ALiaisonOfficerIsForbiddenTheSetup()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app);
        using var session = await PageSession.SignInAsync(app, LiaisonRoles.LiaisonOfficer, data.NorwayId);

        var (status, html) = await session.GetAsync($"/events/{data.EventId}/setup/rooms/{data.AtlasId}");

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.DoesNotContain("Salon Atlas", html, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Room(string id, string name, string capacity) =>
        new() { ["Input.ScenarioId"] = id, ["Input.Name"] = name, ["Input.Capacity"] = capacity };

    private static async Task<int> CountAsync<T>(LiaisonApp app, Guid eventId)
        where T : class
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LiaisonDbContext>();
        return await db.Set<T>().CountAsync(e => EF.Property<Guid>(e, "EventId") == eventId);
    }

    private static async Task<T> FirstAsync<T>(LiaisonApp app, Guid eventId)
        where T : class
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LiaisonDbContext>();
        return await db.Set<T>().AsNoTracking().FirstAsync(e => EF.Property<Guid>(e, "EventId") == eventId);
    }
}
