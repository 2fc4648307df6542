using Liaison.Reporting.Html;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Liaison.Reporting;

/// <summary>
/// Renders an <see cref="EngagementReport"/> as one self-contained HTML document (Razor components rendered with
/// <see cref="HtmlRenderer"/> outside ASP.NET, so every piece of data is HTML-encoded by the renderer).
/// </summary>
/// <remarks>
/// The page has its CSS inline, its charts and map as inline SVG, no script and no external reference; its
/// <c>lang</c> and <c>dir</c> come from the report's culture. Thread-safe: each call uses its own renderer.
/// </remarks>
public static class ReportHtml
{
    /// <summary>Renders <paramref name="report"/> to an HTML5 document.</summary>
    /// <param name="report">The report, already filtered for its audience.</param>
    /// <returns>The document, starting with <c>&lt;!DOCTYPE html&gt;</c>.</returns>
    public static async Task<string> RenderAsync(EngagementReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        await using var services = new ServiceCollection().BuildServiceProvider();
        await using var renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(ReportDocument.Report)] = report });
            var page = await renderer.RenderComponentAsync<ReportDocument>(parameters);
            return page.ToHtmlString();
        });
    }
}
