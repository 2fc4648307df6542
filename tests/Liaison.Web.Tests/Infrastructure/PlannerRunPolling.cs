using System.Net.Http.Json;
using System.Text.Json;

namespace Liaison.Web.Tests.Infrastructure;

/// <summary>Waits for planner runs started through the API.</summary>
public static class PlannerRunPolling
{
    /// <summary>Polls the run until it is no longer Running; bounded so a hung worker fails the test instead of hanging it.</summary>
    public static async Task<JsonElement> WaitUntilFinishedAsync(HttpClient client, Uri run)
    {
        for (var attempt = 0; attempt < 1200; attempt++)
        {
            var current = await client.GetFromJsonAsync<JsonElement>(run);
            if (current.GetProperty("status").GetString() != "Running")
            {
                return current;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Planner run {run} was still running after 1200 polls.");
    }
}
