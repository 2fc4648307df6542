using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Liaison.Data;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests;

public sealed class ReferenceDataApiTests
{
    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task DelegationsAreCreatedReadEditedAndDeletedUnlessInUse(DatabaseProvider provider)
    {
        await using var app = await LiaisonApp.StartAsync(provider);
        var data = await TestEvent.StoreAsync(app);
        using var officer = await app.ClientForAsync(LiaisonRoles.ProtocolOfficer);
        var delegations = $"/api/events/{data.EventId}/delegations";
        var body = new
        {
            scenarioId = "del-et-2", partyCode = "ET", headOfDelegation = "Commissioner General", languages = new[] { "am", "en" },
            arrival = "2024-11-25T09:00:00+01:00", departure = "2024-11-25T18:00:00+01:00", version = 0,
        };

        using var created = await officer.PostAsJsonAsync(delegations, body);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var edited = await officer.PutAsJsonAsync($"{delegations}/{id}", body with { headOfDelegation = "Deputy Commissioner", version = 1 });
        var read = await officer.GetFromJsonAsync<JsonElement>($"{delegations}/{id}");
        using var duplicate = await officer.PostAsJsonAsync(delegations, body);
        using var unknownParty = await officer.PostAsJsonAsync(delegations, body with { scenarioId = "del-xx", partyCode = "XX" });
        using var inUse = await officer.DeleteAsync(new Uri($"{delegations}/{data.NorwayId}", UriKind.Relative));
        using var deleted = await officer.DeleteAsync(new Uri($"{delegations}/{id}", UriKind.Relative));
        using var gone = await officer.GetAsync(new Uri($"{delegations}/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal("Deputy Commissioner", read.GetProperty("headOfDelegation").GetString());
        Assert.Equal(2, read.GetProperty("version").GetInt32());
        Assert.Equal("2024-11-25T08:00:00+00:00", read.GetProperty("arrival").GetString());
        Assert.Contains("ScenarioId", await duplicate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("no party 'XX'", await unknownParty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, inUse.StatusCode);
        Assert.Contains("del-no", await inUse.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task RoomsPrincipalsAndInterpretersAreListedInEntryOrder()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app);
        using var officer = await app.ClientForAsync(LiaisonRoles.ProtocolOfficer);
        var e = $"/api/events/{data.EventId}";

        using var room = await officer.PostAsJsonAsync($"{e}/rooms", new { scenarioId = "sahara", name = "Salon Sahara", capacity = 20, suitableForSigning = true });
        using var principal = await officer.PostAsJsonAsync($"{e}/principals", new { scenarioId = "deputy", title = "Deputy Director General", languages = new List<string> { "ar" } });
        using var interpreter = await officer.PostAsJsonAsync($"{e}/interpreters",
            new { scenarioId = "int-1", name = "Interpreter AR/EN", languagePairs = new List<string> { "ar/en" }, availability = Array.Empty<object>() });
        using var badPair = await officer.PostAsJsonAsync($"{e}/interpreters",
            new { scenarioId = "int-2", name = "Interpreter", languagePairs = new List<string> { "ar/ar" } });
        var rooms = await officer.GetFromJsonAsync<JsonElement>($"{e}/rooms");
        var principals = await officer.GetFromJsonAsync<JsonElement>($"{e}/principals");
        var interpreters = await officer.GetFromJsonAsync<JsonElement>($"{e}/interpreters");

        Assert.Equal(["atlas", "rif", "sahara"], rooms.EnumerateArray().Select(r => r.GetProperty("scenarioId").GetString()));
        Assert.Equal(["dg", "deputy"], principals.EnumerateArray().Select(p => p.GetProperty("scenarioId").GetString()));
        Assert.Equal("ar/en", interpreters[0].GetProperty("languagePairs")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, badPair.StatusCode);
        Assert.Contains("LanguagePairs", await badPair.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RoomsAndPrincipalsInUseAreKeptWith409AndUnusedOnesAreEditedAndRemoved()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app, scheduled: true);
        using var officer = await app.ClientForAsync(LiaisonRoles.ProtocolOfficer);
        var e = $"/api/events/{data.EventId}";
        var principalId = (await officer.GetFromJsonAsync<JsonElement>($"{e}/principals"))[0].GetProperty("id").GetGuid();

        using var created = await officer.PostAsJsonAsync($"{e}/rooms", new { scenarioId = "sahara", name = "Salon Sahara", capacity = 20, suitableForSigning = true });
        var sahara = await created.Content.ReadFromJsonAsync<JsonElement>();
        var saharaId = sahara.GetProperty("id").GetGuid();
        using var edited = await officer.PutAsJsonAsync($"{e}/rooms/{saharaId}", new { scenarioId = "sahara", name = "Salon Sahara 2", capacity = 24, version = 1 });
        var read = await officer.GetFromJsonAsync<JsonElement>($"{e}/rooms/{saharaId}");
        using var roomInUse = await officer.DeleteAsync(new Uri($"{e}/rooms/{data.AtlasId}", UriKind.Relative));
        using var principalInUse = await officer.DeleteAsync(new Uri($"{e}/principals/{principalId}", UriKind.Relative));
        using var deleted = await officer.DeleteAsync(new Uri($"{e}/rooms/{saharaId}", UriKind.Relative));
        using var gone = await officer.GetAsync(new Uri($"{e}/rooms/{saharaId}", UriKind.Relative));
        using var editGone = await officer.PutAsJsonAsync($"{e}/rooms/{saharaId}", new { scenarioId = "sahara", name = "Salon Sahara", capacity = 20, version = 2 });
        var roomProblem = await roomInUse.Content.ReadFromJsonAsync<JsonElement>();
        var principalProblem = await principalInUse.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(new Uri($"{e}/rooms/{saharaId}", UriKind.Relative), created.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal("Salon Sahara 2", read.GetProperty("name").GetString());
        Assert.Equal(2, read.GetProperty("version").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, roomInUse.StatusCode);
        Assert.Equal("Room in use", roomProblem.GetProperty("title").GetString());
        Assert.Equal("Room 'Salon Atlas' holds meetings of the programme; move them first.", roomProblem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Conflict, principalInUse.StatusCode);
        Assert.Equal("Principal in use", principalProblem.GetProperty("title").GetString());
        Assert.Equal("Meeting requests invite principal 'dg'; remove or edit them first.", principalProblem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, editGone.StatusCode);
    }

    [Fact]
    public async Task StaleEventEditGets409WithTheChangedFields()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app);
        using var first = await app.ClientForAsync(LiaisonRoles.ProtocolOfficer);
        using var second = await app.ClientForAsync(LiaisonRoles.ProtocolOfficer);

        using var saved = await first.PutAsJsonAsync($"/api/events/{data.EventId}", new { name = "92nd General Assembly", venue = "Marrakech", protocolBufferMinutes = 15, version = 1 });
        using var stale = await second.PutAsJsonAsync($"/api/events/{data.EventId}", new { name = "Test assembly", venue = "Rabat", protocolBufferMinutes = 10, version = 1 });
        var problem = await stale.Content.ReadFromJsonAsync<JsonElement>();
        var changes = problem.GetProperty("changes").EnumerateArray().ToDictionary(c => c.GetProperty("property").GetString()!, c => c.GetProperty("current").GetString());

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("92nd General Assembly", changes["Name"]);
        Assert.Equal("15", changes["ProtocolBufferMinutes"]);
    }

    [Fact]
    public async Task AdministratorCreatesALiaisonOfficerWhoseGeneratedPasswordSignsIn()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app);
        using var administrator = await app.ClientForAsync(LiaisonRoles.Administrator);

        using var unbound = await administrator.PostAsJsonAsync("/api/users", new { userName = "lo-norway", role = "LiaisonOfficer" });
        using var created = await administrator.PostAsJsonAsync("/api/users", new { userName = "lo-norway", role = "LiaisonOfficer", delegationId = data.NorwayId });
        var account = await created.Content.ReadFromJsonAsync<JsonElement>();
        using var officer = await app.SignInAsync("lo-norway", account.GetProperty("password").GetString()!);
        var me = await officer.GetFromJsonAsync<JsonElement>("/api/auth/me");

        Assert.Contains("DelegationId", await unbound.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.True(account.GetProperty("password").GetString()!.Length >= 20);
        Assert.Equal(data.NorwayId, me.GetProperty("delegationId").GetGuid());
        Assert.Equal(["LiaisonOfficer"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }
}
