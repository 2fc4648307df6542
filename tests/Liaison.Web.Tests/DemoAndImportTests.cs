using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Liaison.Data.Dossiers;
using Liaison.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.Web.Tests;

public sealed partial class DemoAndImportTests
{
    [Fact]
    public async Task DemoLoadsTheMarrakechSampleAndPrintsGeneratedPasswordsOnce()
    {
        await using var app = await LiaisonApp.StartAsync(settings: new Dictionary<string, string?> { ["Liaison:Demo"] = "true" });
        var printed = app.Console.ToString();
        var passwords = PasswordLine().Matches(printed).ToDictionary(m => m.Groups["user"].Value, m => m.Groups["password"].Value);

        using var protocol = await app.SignInAsync("demo-protocol", passwords["demo-protocol"]);
        using var admin = await app.SignInAsync("demo-admin", passwords["demo-admin"]);
        var events = await protocol.GetFromJsonAsync<JsonElement>("/api/events");
        var eventId = events[0].GetProperty("id").GetGuid();
        var requests = await protocol.GetFromJsonAsync<JsonElement>($"/api/events/{eventId}/requests");
        var users = await admin.GetFromJsonAsync<JsonElement>("/api/users");

        Assert.Contains("Liaison database: ", printed, StringComparison.Ordinal);
        Assert.Equal(["demo-admin", "demo-protocol"], passwords.Keys.Order(StringComparer.Ordinal));
        Assert.NotEqual(passwords["demo-admin"], passwords["demo-protocol"]);
        Assert.Equal("Africa/Casablanca", events[0].GetProperty("timeZone").GetString());
        Assert.Equal(43, requests.GetArrayLength());
        Assert.Equal(["Administrator"], users.EnumerateArray().Single(u => u.GetProperty("userName").GetString() == "demo-admin")
            .GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task DemoAcceptsEveryRequestSoThePlannerPlansAll43()
    {
        await using var app = await LiaisonApp.StartAsync(settings: new Dictionary<string, string?> { ["Liaison:Demo"] = "true" });
        var passwords = PasswordLine().Matches(app.Console.ToString()).ToDictionary(m => m.Groups["user"].Value, m => m.Groups["password"].Value);
        using var protocol = await app.SignInAsync("demo-protocol", passwords["demo-protocol"]);
        using var auditor = await app.ClientForAsync(Liaison.Data.LiaisonRoles.Auditor);
        var eventId = (await protocol.GetFromJsonAsync<JsonElement>("/api/events"))[0].GetProperty("id").GetGuid();
        var requests = await protocol.GetFromJsonAsync<JsonElement>($"/api/events/{eventId}/requests");
        var firstId = requests[0].GetProperty("id").GetGuid();
        var history = await protocol.GetFromJsonAsync<JsonElement>($"/api/events/{eventId}/requests/{firstId}/history");
        var audit = await auditor.GetFromJsonAsync<JsonElement>($"/api/audit?entityType=MeetingRequestEntity&entityId={firstId}");

        using var started = await protocol.PostAsJsonAsync($"/api/events/{eventId}/planner-runs", new { timeLimitSeconds = 10 });
        var finished = await PlannerRunPolling.WaitUntilFinishedAsync(protocol, started.Headers.Location!);
        var meetings = await protocol.GetFromJsonAsync<JsonElement>($"/api/events/{eventId}/meetings");

        Assert.All(requests.EnumerateArray(), r => Assert.Equal("Accepted", r.GetProperty("status").GetString()));
        Assert.Equal(["Submitted by demo", "Accepted by demo"],
            history.EnumerateArray().Select(h => $"{h.GetProperty("to").GetString()} by {h.GetProperty("changedBy").GetString()}"));
        Assert.Contains(audit.EnumerateArray(), a => a.GetProperty("userName").GetString() == "demo"
            && a.GetProperty("client").GetString() == "demo set-up" && a.GetProperty("action").GetString() == "Modified");
        Assert.Equal("Completed", finished.GetProperty("status").GetString());
        Assert.Equal(43, meetings.GetArrayLength());
        Assert.Equal(43, meetings.EnumerateArray().Select(m => m.GetProperty("requestId").GetString()).Distinct().Count());
    }

    [Fact]
    public async Task ImportIsAllOrNothingAndNamesTheProblems()
    {
        await using var app = await LiaisonApp.StartAsync();
        using var officer = await app.ClientForAsync(Liaison.Data.LiaisonRoles.ProtocolOfficer);
        var sample = await File.ReadAllTextAsync(Samples.MarrakechScenario());
        var broken = sample.Replace("\"Africa/Casablanca\"", "\"Africa/Atlantis\"", StringComparison.Ordinal);

        using var refused = await officer.PostAsync(new Uri("/api/events/import", UriKind.Relative), new StringContent(broken, Encoding.UTF8, "application/json"));
        var afterRefusal = await officer.GetFromJsonAsync<JsonElement>("/api/events");
        using var imported = await officer.PostAsync(new Uri("/api/events/import", UriKind.Relative), new StringContent(sample, Encoding.UTF8, "application/json"));
        var created = await imported.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Africa/Atlantis", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, afterRefusal.GetArrayLength());
        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
        Assert.Equal(4, created.GetProperty("days").GetArrayLength());
    }

    [Fact]
    public async Task DemoAndImportBringTheWholeDossierWithRecordsAgreementsAndCommitments()
    {
        await using var app = await LiaisonApp.StartAsync(settings: new Dictionary<string, string?> { ["Liaison:Demo"] = "true" });
        using var officer = await app.ClientForAsync(Liaison.Data.LiaisonRoles.ProtocolOfficer);
        var sample = await File.ReadAllTextAsync(Samples.MarrakechScenario());
        var renamed = sample.Replace("\"name\": \"92nd INTERPOL General Assembly\"", "\"name\": \"Imported copy\"", StringComparison.Ordinal);
        using var imported = await officer.PostAsync(new Uri("/api/events/import", UriKind.Relative), new StringContent(renamed, Encoding.UTF8, "application/json"));
        var importedId = (await imported.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var demoId = (await officer.GetFromJsonAsync<JsonElement>("/api/events")).EnumerateArray()
            .Single(e => e.GetProperty("id").GetGuid() != importedId).GetProperty("id").GetGuid();

        using var scope = app.Services.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<DossierStore>();
        var demo = await store.ExportAsync(demoId);
        var copy = await store.ExportAsync(importedId);

        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
        Assert.Contains("43 meeting records, 2 agreements and 5 commitments", app.Console.ToString(), StringComparison.Ordinal);
        foreach (var dossier in new[] { demo, copy })
        {
            Assert.Equal(43, dossier.Records.Count);
            Assert.Equal(["ET", "NO"], dossier.Agreements.Select(a => a.PartnerPartyCode).Order(StringComparer.Ordinal));
            Assert.Equal(5, dossier.Commitments.Count);
        }
    }

    [GeneratedRegex(@"Demo user (?<user>\S+) \(\w+\) created with password: (?<password>\S+)")]
    private static partial Regex PasswordLine();
}
