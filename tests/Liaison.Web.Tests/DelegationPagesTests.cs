using System.Net;
using Liaison.Data;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests;

/// <summary>The delegations list (region and status filters, names in the reader's language) and a delegation's page.</summary>
public sealed class DelegationPagesTests
{
    [Fact]
    public async Task RegionFilterKeepsOnlyThatM49RegionWithNamesInTheReadersLanguage()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app);
        using var session = await PageSession.SignInAsync(app, LiaisonRoles.ProtocolOfficer, culture: "fr");

        var (_, all) = await session.GetAsync($"/events/{data.EventId}/delegations");
        var (status, europe) = await session.GetAsync($"/events/{data.EventId}/delegations?region=150");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<bdi>Norvège</bdi>", all, StringComparison.Ordinal);
        Assert.Contains("<bdi>Éthiopie</bdi>", all, StringComparison.Ordinal);
        Assert.Contains("<option value=\"002\">Afrique</option>", all, StringComparison.Ordinal);
        Assert.Contains("<bdi>Norvège</bdi>", europe, StringComparison.Ordinal);
        Assert.DoesNotContain("<bdi>Éthiopie</bdi>", europe, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ar", "دولة عضو غير مُعلنة 7")]
    [InlineData("fr", "Pays membre non divulgué 7")]
    public async Task TheSamplesUndisclosedMembersAreNamedInTheReadersLanguage(string culture, string name)
    {
        await using var app = await LiaisonApp.StartAsync();
        var sample = await ImportedSample.ImportAsync(app);
        using var session = await PageSession.SignInAsync(app, LiaisonRoles.ProtocolOfficer, culture: culture);

        var (status, html) = await session.GetAsync($"/events/{sample.EventId}/delegations");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"<bdi>{name}</bdi>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Undisclosed", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StatusFilterKeepsDelegationsWithARequestInThatStatus()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app);
        using var session = await PageSession.SignInAsync(app, LiaisonRoles.ProtocolOfficer);

        var (_, submitted) = await session.GetAsync($"/events/{data.EventId}/delegations?status=Submitted");
        var (_, accepted) = await session.GetAsync($"/events/{data.EventId}/delegations?status=Accepted");

        Assert.Contains("<bdi>Norway</bdi>", submitted, StringComparison.Ordinal);
        Assert.DoesNotContain("<bdi>Norway</bdi>", accepted, StringComparison.Ordinal);
        Assert.Contains("No delegation matches these filters.", accepted, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALiaisonOfficerListsOnlyItsDelegationAndGetsNotFoundForAnother()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app);
        using var session = await PageSession.SignInAsync(app, LiaisonRoles.LiaisonOfficer, data.NorwayId);

        var (_, list) = await session.GetAsync($"/events/{data.EventId}/delegations");
        var (own, _) = await session.GetAsync($"/events/{data.EventId}/delegations/{data.NorwayId}");
        var (other, html) = await session.GetAsync($"/events/{data.EventId}/delegations/{data.EthiopiaId}");

        Assert.Contains("<bdi>Norway</bdi>", list, StringComparison.Ordinal);
        Assert.DoesNotContain("Ethiopia", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, own);
        Assert.Equal(HttpStatusCode.NotFound, other);
        Assert.DoesNotContain("Ethiopia", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DetailShowsItsMeetingInTheEventZoneAndItsCalendarLink()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app, scheduled: true);
        using var session = await PageSession.SignInAsync(app, LiaisonRoles.ProtocolOfficer, culture: "fr");

        var (status, html) = await session.GetAsync($"/events/{data.EventId}/delegations/{data.NorwayId}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<bdi>Director General</bdi>", html, StringComparison.Ordinal);
        Assert.Contains("09:00–09:30 (Africa/Casablanca, &#x2B;01)", html, StringComparison.Ordinal);
        Assert.Contains("<bdi>Salon Atlas</bdi>", html, StringComparison.Ordinal);
        Assert.Contains($"/api/events/{data.EventId}/calendar.ics?delegation={data.NorwayId}", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAnalystWithoutClearanceDoesNotSeeAConfidentialRequest()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app, scheduled: true);
        using var session = await PageSession.SignInAsync(app, LiaisonRoles.Analyst);

        var (status, html) = await session.GetAsync($"/events/{data.EventId}/delegations/{data.EthiopiaId}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.DoesNotContain(">R2<", html, StringComparison.Ordinal);
        Assert.Contains("No meeting request yet.", html, StringComparison.Ordinal);
    }
}
