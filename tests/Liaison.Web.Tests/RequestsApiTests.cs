using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Liaison.Data;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests;

public sealed class RequestsApiTests
{
    [Fact]
    public async Task ProtocolOfficerSubmitsAcceptsAndRecordsTheHistory()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app);
        using var officer = await app.ClientForAsync(LiaisonRoles.ProtocolOfficer);
        var requests = $"/api/events/{data.EventId}/requests";

        using var submitted = await officer.PostAsJsonAsync(requests, NewRequest("R3", "del-no"));
        var created = await submitted.Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetGuid();
        using var accepted = await officer.PostAsJsonAsync($"{requests}/{id}/status", new { status = "Accepted", version = 1 });
        var after = await accepted.Content.ReadFromJsonAsync<JsonElement>();
        var history = await officer.GetFromJsonAsync<JsonElement>($"{requests}/{id}/history");

        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
        Assert.Equal("Submitted", created.GetProperty("status").GetString());
        Assert.Equal("Accepted", after.GetProperty("status").GetString());
        Assert.Equal(2, after.GetProperty("version").GetInt32());
        Assert.Equal(["Submitted", "Accepted"], history.EnumerateArray().Select(h => h.GetProperty("to").GetString()));
        Assert.Equal("Submitted", history[1].GetProperty("from").GetString());
        Assert.StartsWith("protocolofficer-", history[1].GetProperty("changedBy").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DecliningNeedsAReasonAndIllegalChangesAreRefusedWith409()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app);
        using var officer = await app.ClientForAsync(LiaisonRoles.ProtocolOfficer);
        var status = $"/api/events/{data.EventId}/requests/{data.NorwayRequestId}/status";

        using var noReason = await officer.PostAsJsonAsync(status, new { status = "Declined", version = 1 });
        using var declined = await officer.PostAsJsonAsync(status, new { status = "Declined", reason = "The principal is away that day.", version = 1 });
        using var illegal = await officer.PostAsJsonAsync(status, new { status = "Accepted", version = 2 });
        var validation = await noReason.Content.ReadFromJsonAsync<JsonElement>();
        var refusal = await illegal.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.True(validation.GetProperty("errors").TryGetProperty("Reason", out _), validation.ToString());
        Assert.Equal(HttpStatusCode.OK, declined.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, illegal.StatusCode);
        Assert.Contains("Declined", refusal.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LiaisonOfficerSubmitsAndWithdrawsOnlyForItsOwnDelegation()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app);
        using var officer = await app.ClientForAsync(LiaisonRoles.LiaisonOfficer, data.NorwayId);
        var requests = $"/api/events/{data.EventId}/requests";

        using var forOther = await officer.PostAsJsonAsync(requests, NewRequest("R3", "del-et"));
        using var own = await officer.PostAsJsonAsync(requests, NewRequest("R3", "del-no"));
        var id = (await own.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var accept = await officer.PostAsJsonAsync($"{requests}/{id}/status", new { status = "Accepted", version = 1 });
        using var withdraw = await officer.PostAsJsonAsync($"{requests}/{id}/status", new { status = "Withdrawn", version = 1 });
        var withdrawn = await withdraw.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, forOther.StatusCode);
        Assert.Contains("own delegation", await forOther.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, accept.StatusCode);
        Assert.Equal("Withdrawn", withdrawn.GetProperty("status").GetString());
    }

    [Fact]
    public async Task ValidationProblemsNameTheFields()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app);
        using var officer = await app.ClientForAsync(LiaisonRoles.ProtocolOfficer);
        var requests = $"/api/events/{data.EventId}/requests";

        using var outOfRange = await officer.PostAsJsonAsync(requests, NewRequest("R3", "del-no") with { Priority = 9, ExpectedAttendees = 1 });
        using var offStep = await officer.PostAsJsonAsync(requests, NewRequest("R3", "del-no") with { DurationMinutes = 32 });
        using var unknownInvitee = await officer.PostAsJsonAsync(requests, NewRequest("R3", "del-no") with { Invitees = ["minister"] });

        Assert.Equal(["ExpectedAttendees", "Priority"], await ErrorFieldsAsync(outOfRange));
        Assert.Equal(["DurationMinutes"], await ErrorFieldsAsync(offStep));
        Assert.Equal(["Invitees"], await ErrorFieldsAsync(unknownInvitee));
    }

    private static async Task<List<string>> ErrorFieldsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
    }

    private static RequestBody NewRequest(string id, string by) => new(id, by, ["dg"], 30, 3, ["cybercrime"], false, "Public", 4);

    private sealed record RequestBody(
        string ScenarioId, string RequestedBy, string[] Invitees, int DurationMinutes, int Priority, string[] Topics,
        bool NeedsSigningRoom, string Publicity, int ExpectedAttendees);
}
