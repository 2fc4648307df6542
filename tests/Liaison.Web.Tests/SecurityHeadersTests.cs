using System.Net;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests;

public sealed class SecurityHeadersTests
{
    [Fact]
    public async Task EveryAnswerCarriesTheSecurityHeadersEvenA401()
    {
        await using var app = await LiaisonApp.StartAsync();
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/events", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("default-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
