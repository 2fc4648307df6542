using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Liaison.Data;
using Liaison.Interchange;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests;

public sealed class ScenarioExportTests
{
    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ImportExportImportRoundTripsTheScenarioFile(DatabaseProvider provider)
    {
        await using var app = await LiaisonApp.StartAsync(provider);
        using var officer = await app.ClientForAsync(LiaisonRoles.ProtocolOfficer);
        var sample = await File.ReadAllTextAsync(Samples.MarrakechScenario());

        var first = await ImportAsync(officer, sample);
        using var exported = await officer.GetAsync(new Uri($"/api/events/{first}/scenario.json", UriKind.Relative));
        var firstJson = await exported.Content.ReadAsStringAsync();
        var second = await ImportAsync(officer, firstJson);
        var secondJson = await officer.GetStringAsync(new Uri($"/api/events/{second}/scenario.json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, exported.StatusCode);
        Assert.Equal("application/json", exported.Content.Headers.ContentType?.MediaType);
        Assert.NotEqual(first, second);
        Assert.Equal(Written(sample), firstJson);
        Assert.Equal(firstJson, secondJson);
        Assert.Equal(43, JsonDocument.Parse(secondJson).RootElement.GetProperty("requests").GetArrayLength());
    }

    [Fact]
    public async Task ExportOfAnUnknownEventIsNotFound()
    {
        await using var app = await LiaisonApp.StartAsync();
        using var officer = await app.ClientForAsync(LiaisonRoles.ProtocolOfficer);

        using var response = await officer.GetAsync(new Uri($"/api/events/{Guid.NewGuid()}/scenario.json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<Guid> ImportAsync(HttpClient client, string json)
    {
        using var response = await client.PostAsync(new Uri("/api/events/import", UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>The scenario file as Liaison writes it after reading <paramref name="json"/>.</summary>
    private static string Written(string json)
    {
        using var output = new MemoryStream();
        ScenarioFile.Write(ScenarioFile.Parse(json, "sample"), output);
        return Encoding.UTF8.GetString(output.ToArray());
    }
}
