using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Liaison.Data;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests;

/// <summary>
/// <c>GET /api/events/{e}/calendar.ics</c> on the test event: R1 (Norway, public) in atlas at
/// 09:00 local and R2 (Ethiopia, confidential) in rif at 10:00 local, both with the Director General.
/// </summary>
public sealed partial class CalendarApiTests
{
    [Fact]
    public async Task ProtocolOfficerGetsTheMeetingsOfTheNamedPrincipalDelegationOrRoom()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app, scheduled: true);
        using var officer = await app.ClientForAsync(LiaisonRoles.ProtocolOfficer);
        var principalId = await PrincipalIdAsync(officer, data);

        using var norway = await officer.GetAsync(Calendar(data, $"delegation={data.NorwayId}"));
        var principal = await officer.GetStringAsync(Calendar(data, $"principal={principalId}"));
        var rif = await officer.GetStringAsync(Calendar(data, $"room={data.RifId}"));
        var norwayText = await norway.Content.ReadAsStringAsync();

        Assert.Equal("text/calendar", norway.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("BEGIN:VCALENDAR", norwayText, StringComparison.Ordinal);
        Assert.Equal(["R1"], Uids(norwayText));
        Assert.Contains("DTSTART;TZID=Africa/Casablanca:20241125T090000", norwayText, StringComparison.Ordinal);
        Assert.Contains("LOCATION:Salon Atlas", norwayText, StringComparison.Ordinal);
        Assert.Equal(["R1", "R2"], Uids(principal));
        Assert.Equal(["R2"], Uids(rif));
        Assert.Contains("CLASS:CONFIDENTIAL", rif, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LiaisonOfficerGetsOnlyItsOwnDelegationCalendar()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app, scheduled: true);
        using var protocol = await app.ClientForAsync(LiaisonRoles.ProtocolOfficer);
        using var officer = await app.ClientForAsync(LiaisonRoles.LiaisonOfficer, data.NorwayId);
        var principalId = await PrincipalIdAsync(protocol, data);

        var own = await officer.GetStringAsync(Calendar(data, $"delegation={data.NorwayId}"));
        using var other = await officer.GetAsync(Calendar(data, $"delegation={data.EthiopiaId}"));
        using var principal = await officer.GetAsync(Calendar(data, $"principal={principalId}"));
        using var room = await officer.GetAsync(Calendar(data, $"room={data.AtlasId}"));

        Assert.Equal(["R1"], Uids(own));
        Assert.Equal(
            [HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound],
            new[] { other.StatusCode, principal.StatusCode, room.StatusCode });
    }

    [Fact]
    public async Task AnalystWithoutClearanceGetsNoConfidentialMeetings()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app, scheduled: true);
        using var analyst = await app.ClientForAsync(LiaisonRoles.Analyst);
        using var cleared = await app.ClientForAsync(LiaisonRoles.Analyst, clearance: true);
        var principalId = await PrincipalIdAsync(analyst, data);

        var withheld = await analyst.GetStringAsync(Calendar(data, $"principal={principalId}"));
        var shown = await cleared.GetStringAsync(Calendar(data, $"principal={principalId}"));

        Assert.Equal(["R1"], Uids(withheld));
        Assert.DoesNotContain("Ethiopia", withheld, StringComparison.Ordinal);
        Assert.Equal(["R1", "R2"], Uids(shown));
        Assert.Contains("Ethiopia", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AsksForExactlyOnePrincipalDelegationOrRoom()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app, scheduled: true);
        using var officer = await app.ClientForAsync(LiaisonRoles.ProtocolOfficer);

        using var none = await officer.GetAsync(Calendar(data, string.Empty));
        using var two = await officer.GetAsync(Calendar(data, $"delegation={data.NorwayId}&room={data.AtlasId}"));
        using var unknown = await officer.GetAsync(Calendar(data, $"room={data.NorwayId}"));

        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.Contains("exactly one of principal, delegation or room", await none.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, two.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private static Uri Calendar(TestEvent data, string query) => new($"/api/events/{data.EventId}/calendar.ics?{query}", UriKind.Relative);

    private static async Task<Guid> PrincipalIdAsync(HttpClient client, TestEvent data)
    {
        var principals = await client.GetFromJsonAsync<JsonElement>($"/api/events/{data.EventId}/principals");
        return principals.EnumerateArray().Single(p => p.GetProperty("scenarioId").GetString() == "dg").GetProperty("id").GetGuid();
    }

    /// <summary>The request ids of the calendar's events, from their UIDs, in file order.</summary>
    private static List<string> Uids(string calendar) => UidLine().Matches(calendar).Select(m => m.Groups["request"].Value).ToList();

    [GeneratedRegex(@"^UID:(?<request>[^.]+)\.[0-9a-f]{12}@liaison\r?$", RegexOptions.Multiline)]
    private static partial Regex UidLine();
}
