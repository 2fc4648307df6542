using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Liaison.Web.Tests.Infrastructure;

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
    public async Task ImportIsAllOrNothingAndNamesTheProblems()
    {
        await using var app = await LiaisonApp.StartAsync();
        using var officer = await app.ClientForAsync(Liaison.Data.LiaisonRoles.ProtocolOfficer);
        var sample = await File.ReadAllTextAsync(SamplePath());
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

    private static string SamplePath()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "samples", "marrakech-2024", "scenario.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("samples/marrakech-2024/scenario.json is not above the test binaries.");
    }

    [GeneratedRegex(@"Demo user (?<user>\S+) \(\w+\) created with password: (?<password>\S+)")]
    private static partial Regex PasswordLine();
}
