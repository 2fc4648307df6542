using System.Net.Http.Json;
using System.Text;
using Liaison.Data;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests;

/// <summary>
/// Each role against each endpoint. Unsafe requests carry bodies that fail validation or ids that
/// do not exist, so an allowed role gets 400/404/409 and the data never changes between rows;
/// a denied role gets 403 (401 when anonymous). The liaison officer is bound to Norway; Ethiopia's
/// ids must answer it 404, as if they did not exist.
/// </summary>
public sealed class AuthorizationMatrixTests
{
    private static readonly string[] Columns = ["Administrator", "ProtocolOfficer", "LiaisonOfficer", "Analyst", "Auditor", "Anonymous"];

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task EachRoleGetsExactlyWhatItShould(DatabaseProvider provider)
    {
        await using var app = await LiaisonApp.StartAsync(provider);
        var data = await TestEvent.StoreAsync(app, scheduled: true);
        var clients = new Dictionary<string, HttpClient>
        {
            ["Administrator"] = await app.ClientForAsync(LiaisonRoles.Administrator),
            ["ProtocolOfficer"] = await app.ClientForAsync(LiaisonRoles.ProtocolOfficer),
            ["LiaisonOfficer"] = await app.ClientForAsync(LiaisonRoles.LiaisonOfficer, data.NorwayId),
            ["Analyst"] = await app.ClientForAsync(LiaisonRoles.Analyst),
            ["Auditor"] = await app.ClientForAsync(LiaisonRoles.Auditor),
            ["Anonymous"] = app.CreateClient(),
        };

        var failures = new List<string>();
        foreach (var (method, template, body, expected) in Cases())
        {
            var url = template.Replace("{e}", data.EventId.ToString(), StringComparison.Ordinal)
                .Replace("{own}", data.NorwayId.ToString(), StringComparison.Ordinal)
                .Replace("{other}", data.EthiopiaId.ToString(), StringComparison.Ordinal)
                .Replace("{ownRequest}", data.NorwayRequestId.ToString(), StringComparison.Ordinal)
                .Replace("{otherRequest}", data.EthiopiaRequestId.ToString(), StringComparison.Ordinal)
                .Replace("{ownMeeting}", data.NorwayMeetingId.ToString(), StringComparison.Ordinal)
                .Replace("{otherMeeting}", data.EthiopiaMeetingId.ToString(), StringComparison.Ordinal)
                .Replace("{missing}", Guid.NewGuid().ToString(), StringComparison.Ordinal);
            var statuses = expected.Split(' ').Select(int.Parse).ToArray();
            for (var i = 0; i < Columns.Length; i++)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), url);
                if (body is not null)
                {
                    request.Content = new StringContent(body, Encoding.UTF8, "application/json");
                }

                using var response = await clients[Columns[i]].SendAsync(request);
                if ((int)response.StatusCode != statuses[i])
                {
                    failures.Add($"{Columns[i]} {method} {template}: expected {statuses[i]}, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                }
            }
        }

        foreach (var client in clients.Values)
        {
            client.Dispose();
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task LiaisonOfficerListsOnlyItsOwnDelegationRequestsAndMeetings()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app, scheduled: true);
        using var officer = await app.ClientForAsync(LiaisonRoles.LiaisonOfficer, data.NorwayId);

        var delegations = await officer.GetFromJsonAsync<List<Dictionary<string, object>>>($"/api/events/{data.EventId}/delegations");
        var requests = await officer.GetFromJsonAsync<List<Dictionary<string, object>>>($"/api/events/{data.EventId}/requests");
        var meetings = await officer.GetFromJsonAsync<List<Dictionary<string, object>>>($"/api/events/{data.EventId}/meetings");

        Assert.Equal(["del-no"], delegations!.Select(d => d["scenarioId"].ToString()));
        Assert.Equal(["R1"], requests!.Select(r => r["scenarioId"].ToString()));
        Assert.Equal(["R1"], meetings!.Select(m => m["requestId"].ToString()));
    }

    /// <summary>(method, URL, body, expected status per column of <see cref="Columns"/>).</summary>
    private static IEnumerable<(string Method, string Url, string? Body, string Expected)> Cases()
    {
        const string Invalid = "{}";
        const string Anyone = "200 200 200 200 200 401";
        const string Readers = "403 200 200 200 403 401";
        const string ReadersButOther = "403 200 404 200 403 401";
        const string ProtocolWrite = "403 400 403 403 403 401";
        const string ProtocolDelete = "403 404 403 403 403 401";
        yield return ("GET", "/api/auth/me", null, Anyone);
        yield return ("GET", "/openapi/v1.json", null, Anyone);
        yield return ("GET", "/api/events", null, Readers);
        yield return ("GET", "/api/events/{e}", null, Readers);
        yield return ("PUT", "/api/events/{e}", Invalid, ProtocolWrite);
        yield return ("GET", "/api/events/{e}/scenario.json", null, "403 200 403 403 403 401");
        yield return ("POST", "/api/events/import", Invalid, ProtocolWrite);
        yield return ("GET", "/api/events/{e}/event.json", null, "403 200 403 403 403 401");
        yield return ("GET", "/api/events/{e}/delegations", null, Readers);
        yield return ("GET", "/api/events/{e}/delegations/{own}", null, Readers);
        yield return ("GET", "/api/events/{e}/delegations/{other}", null, ReadersButOther);
        yield return ("POST", "/api/events/{e}/delegations", Invalid, ProtocolWrite);
        yield return ("PUT", "/api/events/{e}/delegations/{other}", Invalid, ProtocolWrite);
        yield return ("DELETE", "/api/events/{e}/delegations/{missing}", null, ProtocolDelete);
        foreach (var area in new[] { "principals", "rooms", "interpreters" })
        {
            yield return ("GET", $"/api/events/{{e}}/{area}", null, Readers);
            yield return ("GET", $"/api/events/{{e}}/{area}/{{missing}}", null, "403 404 404 404 403 401");
            yield return ("POST", $"/api/events/{{e}}/{area}", Invalid, ProtocolWrite);
            yield return ("PUT", $"/api/events/{{e}}/{area}/{{missing}}", Invalid, ProtocolWrite);
            yield return ("DELETE", $"/api/events/{{e}}/{area}/{{missing}}", null, ProtocolDelete);
        }

        yield return ("GET", "/api/events/{e}/requests", null, "403 200 200 403 403 401");
        yield return ("GET", "/api/events/{e}/requests/{ownRequest}", null, "403 200 200 403 403 401");
        yield return ("GET", "/api/events/{e}/requests/{otherRequest}", null, "403 200 404 403 403 401");
        yield return ("GET", "/api/events/{e}/requests/{otherRequest}/history", null, "403 200 404 403 403 401");
        yield return ("POST", "/api/events/{e}/requests", Invalid, "403 400 400 403 403 401");
        yield return ("PUT", "/api/events/{e}/requests/{otherRequest}", Invalid, ProtocolWrite);
        // Scheduled -> Submitted is not a legal change: the protocol officer gets 409, nothing changes.
        const string ToSubmitted = """{"status":"Submitted","version":1}""";
        yield return ("POST", "/api/events/{e}/requests/{otherRequest}/status", ToSubmitted, "403 409 404 403 403 401");
        yield return ("POST", "/api/events/{e}/requests/{ownRequest}/status", ToSubmitted, "403 409 403 403 403 401");
        yield return ("GET", "/api/events/{e}/meetings", null, Readers);
        yield return ("GET", "/api/events/{e}/meetings/{ownMeeting}", null, Readers);
        yield return ("GET", "/api/events/{e}/meetings/{otherMeeting}", null, ReadersButOther);
        yield return ("GET", "/api/events/{e}/calendar.ics?delegation={own}", null, Readers);
        yield return ("GET", "/api/events/{e}/calendar.ics?delegation={other}", null, ReadersButOther);
        yield return ("GET", "/api/events/{e}/calendar.ics?room={missing}", null, "403 404 404 404 403 401");
        yield return ("PUT", "/api/events/{e}/meetings/{otherMeeting}/slot", Invalid, ProtocolWrite);
        yield return ("PUT", "/api/events/{e}/meetings/{ownMeeting}/lock", Invalid, ProtocolWrite);
        yield return ("POST", "/api/events/{e}/planner-runs", """{"timeLimitSeconds":0}""", ProtocolWrite);
        yield return ("GET", "/api/events/{e}/planner-runs", null, "403 200 403 403 403 401");
        yield return ("GET", "/api/events/{e}/planner-runs/{missing}", null, ProtocolDelete);
        yield return ("DELETE", "/api/events/{e}/planner-runs/{missing}", null, ProtocolDelete);
        yield return ("GET", "/api/events/{e}/topics", null, "200 200 403 200 403 401");
        yield return ("POST", "/api/events/{e}/topics", Invalid, "400 403 403 403 403 401");
        yield return ("PUT", "/api/events/{e}/topics/terrorism", Invalid, "400 403 403 403 403 401");
        yield return ("DELETE", "/api/events/{e}/topics/nothing", null, "404 403 403 403 403 401");
        yield return ("POST", "/api/events/{e}/topics/nothing/retire", """{"version":1}""", "404 403 403 403 403 401");
        yield return ("POST", "/api/events/{e}/topics/nothing/reinstate", """{"version":1}""", "404 403 403 403 403 401");
        const string Desk = "403 200 403 200 403 401";
        const string DeskMissing = "403 404 403 404 403 401";
        const string DeskInvalid = "403 400 403 400 403 401";
        yield return ("GET", "/api/events/{e}/records", null, Desk);
        yield return ("GET", "/api/events/{e}/records/R1", null, DeskMissing);
        yield return ("PUT", "/api/events/{e}/records/R1", Invalid, DeskInvalid);
        yield return ("GET", "/api/events/{e}/agreements", null, Desk);
        yield return ("GET", "/api/events/{e}/agreements/nothing", null, DeskMissing);
        yield return ("POST", "/api/events/{e}/agreements", Invalid, DeskInvalid);
        yield return ("POST", "/api/events/{e}/agreements/nothing/transitions", """{"to":"InForce","version":1}""", DeskMissing);
        yield return ("GET", "/api/events/{e}/agreements/nothing/documents", null, DeskMissing);
        yield return ("GET", "/api/events/{e}/agreements/nothing/documents/{missing}", null, DeskMissing);
        yield return ("GET", "/api/events/{e}/commitments", null, Desk);
        yield return ("POST", "/api/events/{e}/commitments", Invalid, DeskInvalid);
        yield return ("PUT", "/api/events/{e}/commitments/nothing/status", """{"status":"Done","version":1}""", DeskMissing);
        yield return ("GET", "/api/events/{e}/commitments/overdue", null, Desk);
        yield return ("GET", "/api/events/{e}/commitments/due-soon?days=30", null, Desk);
        yield return ("GET", "/api/events/{e}/commitments/calendar.ics?owner=nobody", null, DeskMissing);
        yield return ("GET", "/api/partners/ZZ/history", null, DeskMissing);
        yield return ("GET", "/api/events/{e}/report?lang=en&audience=public", null, "200 200 403 200 200 401");
        yield return ("GET", "/api/events/{e}/report?lang=en&audience=internal", null, "403 200 403 200 403 401");
        yield return ("GET", "/api/events/{e}/report.pdf?lang=xx&audience=public", null, "400 400 403 400 400 401");
        yield return ("GET", "/api/audit", null, "403 403 403 403 200 401");
        yield return ("GET", "/api/users", null, "200 403 403 403 403 401");
        yield return ("POST", "/api/users", Invalid, "400 403 403 403 403 401");
        yield return ("PUT", "/api/users/nobody", Invalid, "400 403 403 403 403 401");
        yield return ("POST", "/api/users/nobody/unlock", null, "404 403 403 403 403 401");
        yield return ("DELETE", "/api/users/nobody", null, "404 403 403 403 403 401");
    }
}
