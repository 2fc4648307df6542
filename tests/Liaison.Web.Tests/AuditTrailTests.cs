using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Liaison.Data;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests;

public sealed class AuditTrailTests
{
    [Fact]
    public async Task ChangesAppearWithUserClientAndBeforeAndAfter()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app);
        var password = await app.CreateUserAsync("amina", LiaisonRoles.ProtocolOfficer);
        using var officer = await app.SignInAsync("amina", password);
        officer.DefaultRequestHeaders.UserAgent.ParseAdd("LiaisonTests/1.0");
        using var auditor = await app.ClientForAsync(LiaisonRoles.Auditor);

        using var edit = await officer.PutAsJsonAsync($"/api/events/{data.EventId}/rooms/{data.AtlasId}",
            new { scenarioId = "atlas", name = "Salon Atlas (east wing)", capacity = 10, suitableForSigning = true, version = 1 });
        var entries = await auditor.GetFromJsonAsync<JsonElement>($"/api/audit?entityType=RoomEntity&entityId={data.AtlasId}");
        var entry = entries.EnumerateArray().Single(e => e.GetProperty("action").GetString() == "Modified");

        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        Assert.Equal("amina", entry.GetProperty("userName").GetString());
        Assert.EndsWith("LiaisonTests/1.0", entry.GetProperty("client").GetString(), StringComparison.Ordinal);
        Assert.Contains("\"Salon Atlas\"", entry.GetProperty("before").GetString(), StringComparison.Ordinal);
        Assert.Contains("Salon Atlas (east wing)", entry.GetProperty("after").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoRoleCanEditOrDeleteTheTrail()
    {
        await using var app = await LiaisonApp.StartAsync();
        await TestEvent.StoreAsync(app);
        using var auditor = await app.ClientForAsync(LiaisonRoles.Auditor);
        using var administrator = await app.ClientForAsync(LiaisonRoles.Administrator);
        var first = (await auditor.GetFromJsonAsync<JsonElement>("/api/audit?take=1"))[0].GetProperty("id").GetGuid();

        foreach (var client in new[] { auditor, administrator })
        {
            using var delete = await client.DeleteAsync(new Uri($"/api/audit/{first}", UriKind.Relative));
            using var put = await client.PutAsJsonAsync($"/api/audit/{first}", new { userName = "someone else" });
            using var post = await client.PostAsJsonAsync("/api/audit", new { userName = "someone else" });
            Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);
            Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
        }

        var still = await auditor.GetFromJsonAsync<JsonElement>("/api/audit?take=1000");
        Assert.Contains(still.EnumerateArray(), e => e.GetProperty("id").GetGuid() == first);
    }
}
