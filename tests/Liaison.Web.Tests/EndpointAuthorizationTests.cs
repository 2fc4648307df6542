using Liaison.Web.Security;
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

    [Fact]
    public async Task FollowUpEndpointsNameTheCooperationDeskAndTheReportItsReaders()
    {
        await using var app = await LiaisonApp.StartAsync();
        string[] followUp = ["/records", "/agreements", "/commitments", "/api/partners/"];

        var policies = Endpoints(app)
            .Select(e => (Route: e.RoutePattern.RawText!, Policies: e.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).Distinct().ToList()))
            .ToList();
        var desk = policies.Where(p => followUp.Any(f => p.Route.Contains(f, StringComparison.Ordinal))).ToList();
        var reports = policies.Where(p => p.Route.Contains("/report", StringComparison.Ordinal)).ToList();

        Assert.True(desk.Count >= 14, $"Only {desk.Count} follow-up endpoints were found.");
        Assert.All(desk, p => Assert.Equal([Policies.CooperationDesk], p.Policies));
        Assert.Equal(2, reports.Count);
        Assert.All(reports, p => Assert.Equal([Policies.PublicReportReader], p.Policies));
    }

    [Fact]
    public async Task OnlyAdministratorsChangeTheTopicTaxonomy()
    {
        await using var app = await LiaisonApp.StartAsync();

        var topics = Endpoints(app)
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/events/{eventId:guid}/topics", StringComparison.Ordinal))
            .Select(e => (Methods: e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods, Policies: e.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).Distinct().ToList()))
            .ToList();

        Assert.Equal(6, topics.Count);
        Assert.All(topics, t => Assert.Equal([t.Methods.SequenceEqual(["GET"]) ? Policies.TopicReader : Policies.Administrator], t.Policies));
    }

    private static List<RouteEndpoint> Endpoints(LiaisonApp app)
        => app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
}
