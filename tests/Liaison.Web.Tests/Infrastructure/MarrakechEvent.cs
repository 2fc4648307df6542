using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Liaison.Web.Tests.Infrastructure;

/// <summary>The Marrakech sample's event file imported through <c>POST /api/events/import</c>: 43 records, the two MoUs, five commitments.</summary>
public static class MarrakechEvent
{
    /// <summary>Imports the sample (or <paramref name="json"/>) with <paramref name="officer"/> and returns the new event's id.</summary>
    public static async Task<Guid> ImportAsync(HttpClient officer, string? json = null)
    {
        json ??= await File.ReadAllTextAsync(Samples.MarrakechScenario());
        using var response = await officer.PostAsync(new Uri("/api/events/import", UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
