using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Liaison.Data;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests;

public sealed class PartnersApiTests
{
    [Fact]
    public async Task HistorySpansEveryEventAndMarksThePartnerNewOnlyWhereItHadNoEarlierTie()
    {
        await using var app = await LiaisonApp.StartAsync();
        using var officer = await app.ClientForAsync(LiaisonRoles.ProtocolOfficer);
        var sample = await File.ReadAllTextAsync(Samples.MarrakechScenario());
        var yearEarlier = sample.Replace("2024-11-2", "2023-11-2", StringComparison.Ordinal)
            .Replace("\"92nd INTERPOL General Assembly\"", "\"91st General Assembly (rehearsal copy)\"", StringComparison.Ordinal);
        await MarrakechEvent.ImportAsync(officer, sample);
        await MarrakechEvent.ImportAsync(officer, yearEarlier);

        var history = await officer.GetFromJsonAsync<JsonElement>("/api/partners/NO/history");
        using var unknown = await officer.GetAsync(new Uri("/api/partners/ZZ/history", UriKind.Relative));

        Assert.Equal(["2023-11-24 True", "2024-11-24 False"], history.GetProperty("events").EnumerateArray()
            .Select(e => $"{e.GetProperty("firstDay").GetString()} {e.GetProperty("isNew").GetBoolean()}"));
        var entries = history.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(entries.Select(e => e.GetProperty("at").GetDateTimeOffset()).Order(), entries.Select(e => e.GetProperty("at").GetDateTimeOffset()));
        Assert.Contains(entries, e => e.GetProperty("kind").GetString() == "Agreement" && e.GetProperty("itemId").GetString() == "mou-no-2024");
        Assert.Contains(entries, e => e.GetProperty("kind").GetString() == "Commitment" && e.GetProperty("itemId").GetString() == "c-no-experts");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
