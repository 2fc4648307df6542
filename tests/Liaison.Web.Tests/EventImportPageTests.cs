using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Liaison.Data;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests;

public sealed class EventImportPageTests
{
    [Fact]
    public async Task ABadFileIsListedByJsonPathAndNothingIsStored()
    {
        await using var app = await LiaisonApp.StartAsync();
        using var session = await PageSession.SignInAsync(app, LiaisonRoles.ProtocolOfficer);
        var sample = await File.ReadAllTextAsync(Samples.MarrakechScenario());
        var broken = sample.Replace("\"formatVersion\": 1", "\"formatVersion\": 7", StringComparison.Ordinal);

        using var response = await session.PostFileAsync("/events/import", "Upload", "broken.json", Encoding.UTF8.GetBytes(broken), "/events/import");
        var html = await response.Content.ReadAsStringAsync();
        var (_, home) = await session.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Nothing was imported.", html, StringComparison.Ordinal);
        Assert.Contains("<code>$.formatVersion</code>", html, StringComparison.Ordinal);
        Assert.Contains("No event is open to you yet.", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AGoodFileBecomesAnEventWhoseWholeFileTheHomePageOffers()
    {
        await using var app = await LiaisonApp.StartAsync();
        using var session = await PageSession.SignInAsync(app, LiaisonRoles.ProtocolOfficer);
        var sample = await File.ReadAllBytesAsync(Samples.MarrakechScenario());

        using var response = await session.PostFileAsync("/events/import", "Upload", "scenario.json", sample, "/events/import");
        var (_, html) = await session.GetAsync(response.Headers.Location!.OriginalString);
        var (_, home) = await session.GetAsync("/");
        var events = await session.Client.GetFromJsonAsync<JsonElement>("/api/events");
        var eventId = events[0].GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("92nd INTERPOL General Assembly imported.", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/events/{eventId}/programme\"", html, StringComparison.Ordinal);
        Assert.Equal(1, events.GetArrayLength());
        Assert.Contains($"href=\"/api/events/{eventId}/event.json\"", home, StringComparison.Ordinal);
        Assert.Contains($"href=\"/events/{eventId}/topics\"", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAnalystMayNotImport()
    {
        await using var app = await LiaisonApp.StartAsync();
        using var session = await PageSession.SignInAsync(app, LiaisonRoles.Analyst);

        var (status, _) = await session.GetAsync("/events/import");
        var (_, home) = await session.GetAsync("/");

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.DoesNotContain("/events/import", home, StringComparison.Ordinal);
    }
}
