using Liaison.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.Web.Tests;

public sealed class EndpointAuthorizationTests
{
    [Fact]
    public async Task EveryEndpointAndPageDeclaresAPolicyAndOnlySignInLanguageAndStatusAreAnonymous()
    {
        await using var app = await LiaisonApp.StartAsync();
        var endpoints = Endpoints(app);

        var undeclared = endpoints
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null
                && !e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => !string.IsNullOrEmpty(a.Policy)))
            .Select(e => e.DisplayName)
            .ToList();
        var anonymous = endpoints.Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null).Select(e => e.RoutePattern.RawText).ToList();

        Assert.True(endpoints.Count > 25, $"Only {endpoints.Count} endpoints were found; the route table was not read.");
        Assert.Empty(undeclared);
        Assert.Equal(["/api/auth/login", "account/language", "account/sign-in", "status/{code:int}"], anonymous.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task NoEndpointChangesTheAuditTrail()
    {
        await using var app = await LiaisonApp.StartAsync();

        var audit = Endpoints(app).Where(e => e.RoutePattern.RawText!.StartsWith("/api/audit", StringComparison.Ordinal)).ToList();
        var methods = audit.SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["ANY"]).Distinct().ToList();

        Assert.NotEmpty(audit);
        Assert.Equal(["GET"], methods);
    }

    private static List<RouteEndpoint> Endpoints(LiaisonApp app)
        => app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
}
