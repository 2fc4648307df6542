using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Liaison.Data;
using Liaison.Reporting.Pdf;
using Liaison.Reporting.Tests;
using Liaison.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.Web.Tests;

/// <summary>The bound on concurrent PDF prints of <c>GET .../report.pdf</c>.</summary>
public sealed class ReportPdfLimitsTests
{
    [Fact]
    public async Task ARequestBeyondTheBoundGets503WithRetryAfterWhileTheOthersPrint()
    {
        var printer = new BlockingPdfPrinter();
        var settings = new Dictionary<string, string?> { ["Liaison:Report:MaxConcurrentPrints"] = "2", ["Liaison:Report:QueueTimeoutSeconds"] = "0" };
        await using var app = await LiaisonApp.StartAsync(settings: settings, services: s => s.AddSingleton<IPdfPrinter>(printer));
        using var officer = await app.ClientForAsync(LiaisonRoles.ProtocolOfficer);
        var eventId = await MarrakechEvent.ImportAsync(officer);
        var url = new Uri($"/api/events/{eventId}/report.pdf?lang=en&audience=public", UriKind.Relative);

        var first = officer.GetAsync(url);
        var second = officer.GetAsync(url);
        await printer.StartedAsync(2);
        using var third = await officer.GetAsync(url);
        printer.Release();
        using var printed = await first;
        using var alsoPrinted = await second;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, third.StatusCode);
        Assert.Equal("1", third.Headers.GetValues("Retry-After").Single());
        var problem = await third.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("PDF printing busy", problem.GetProperty("title").GetString());
        Assert.Contains("try again in 1 s", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (printed.StatusCode, alsoPrinted.StatusCode));
        Assert.Equal("application/pdf", printed.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Bilateral meetings held", Encoding.UTF8.GetString(await printed.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
        Assert.Equal((2, 2), (printer.Started, printer.MostAtOnce));
    }
}
