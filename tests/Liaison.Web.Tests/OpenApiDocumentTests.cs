using System.Net;
using System.Text.Json;
using Liaison.Data;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests;

public sealed class OpenApiDocumentTests
{
    [Fact]
    public async Task DocumentDescribesEveryAreaAndTheBearerScheme()
    {
        await using var app = await LiaisonApp.StartAsync();
        using var anonymous = app.CreateClient();
        using var reader = await app.ClientForAsync(LiaisonRoles.Auditor);

        using var refused = await anonymous.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        var document = JsonDocument.Parse(await reader.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative))).RootElement;
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.StartsWith("3.", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.Equal("Liaison API", document.GetProperty("info").GetProperty("title").GetString());
        Assert.Equal("bearer", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer").GetProperty("scheme").GetString());
        foreach (var path in new[]
        {
            "/api/auth/login", "/api/events", "/api/events/import", "/api/events/{eventId}/delegations", "/api/events/{eventId}/principals",
            "/api/events/{eventId}/rooms", "/api/events/{eventId}/interpreters", "/api/events/{eventId}/requests/{requestId}/status",
            "/api/events/{eventId}/planner-runs/{runId}", "/api/events/{eventId}/meetings/{meetingId}/slot",
            "/api/events/{eventId}/meetings/{meetingId}/lock", "/api/audit", "/api/users",
        })
        {
            Assert.Contains(path, paths);
        }
    }
}
