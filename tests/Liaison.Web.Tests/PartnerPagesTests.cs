using System.Net;
using Liaison.Data;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests;

public sealed class PartnerPagesTests
{
    [Fact]
    public async Task NorwaysHistoryHasItsMeetingMouAndCommitmentsAtANewPartnersEvent()
    {
        await using var app = await LiaisonApp.StartAsync();
        await ImportedSample.ImportAsync(app);
        using var session = await PageSession.SignInAsync(app, LiaisonRoles.Analyst, culture: "fr");

        var (status, html) = await session.GetAsync("/partners/NO");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<h1><bdi>Norvège</bdi></h1>", html, StringComparison.Ordinal);
        Assert.Contains("nouveau partenaire", html, StringComparison.Ordinal);
        Assert.Contains("Mémorandum d&#x27;entente", html, StringComparison.Ordinal);
        Assert.Contains("Judicial Police Directorate", html, StringComparison.Ordinal);
        Assert.Contains("Rencontre", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APartnerSeenAtAnEarlierEventIsNotNewAtTheLaterOne()
    {
        await using var app = await LiaisonApp.StartAsync();
        using var officer = await app.ClientForAsync(LiaisonRoles.ProtocolOfficer);
        var json = await File.ReadAllTextAsync(Samples.MarrakechScenario());
        await MarrakechEvent.ImportAsync(officer, json);
        await MarrakechEvent.ImportAsync(officer, json.Replace("2024-11-2", "2025-11-2", StringComparison.Ordinal).Replace("2024-11-1", "2025-11-1", StringComparison.Ordinal));
        using var session = await PageSession.SignInAsync(app, LiaisonRoles.Analyst);

        var (_, html) = await session.GetAsync("/partners/NO");

        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(html, "data-testid=\"event\""));
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(html, "data-testid=\"new\""));
    }

    [Fact]
    public async Task ARestrictedSummaryIsNotInThePageForAnUnclearedAnalyst()
    {
        await using var app = await LiaisonApp.StartAsync();
        await ImportedSample.ImportAsync(app);
        using var uncleared = await PageSession.SignInAsync(app, LiaisonRoles.Analyst);
        using var cleared = await PageSession.SignInAsync(app, LiaisonRoles.Analyst, clearance: true);

        var (_, hidden) = await uncleared.GetAsync("/partners/XA");
        var (_, shown) = await cleared.GetAsync("/partners/XA");

        Assert.DoesNotContain("Illustrative summary", hidden, StringComparison.Ordinal);
        Assert.Contains("Illustrative summary", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALiaisonOfficerIsForbidden()
    {
        await using var app = await LiaisonApp.StartAsync();
        var sample = await ImportedSample.ImportAsync(app);
        using var session = await PageSession.SignInAsync(app, LiaisonRoles.LiaisonOfficer, sample.NorwayId);

        var (status, html) = await session.GetAsync("/partners/NO");

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.DoesNotContain("Judicial Police Directorate", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APartyNoEventListsIsNotFound()
    {
        await using var app = await LiaisonApp.StartAsync();
        using var session = await PageSession.SignInAsync(app, LiaisonRoles.Analyst);

        var (status, _) = await session.GetAsync("/partners/ZZ");

        Assert.Equal(HttpStatusCode.NotFound, status);
    }
}
