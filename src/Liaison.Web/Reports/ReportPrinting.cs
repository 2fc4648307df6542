using Liaison.Reporting.Pdf;
using Microsoft.Extensions.Options;

namespace Liaison.Web.Reports;

/// <summary>Registers the PDF printing of reports: one shared Chromium behind a bound on concurrent prints.</summary>
internal static class ReportPrinting
{
    /// <summary>
    /// Registers <see cref="SharedChromium"/> as the <see cref="IPdfPrinter"/> and a <see cref="BoundedPdfPrinter"/> around
    /// it, with <see cref="PdfPrintLimits"/> from section <c>Liaison:Report</c> (<c>MaxConcurrentPrints</c>, default 2;
    /// <c>QueueTimeoutSeconds</c>, default 30).
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configuration">The host's configuration.</param>
    public static IServiceCollection AddReportPrinting(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PdfPrintLimits>(configuration.GetSection(PdfPrintLimits.Section));
        services.AddSingleton<IPdfPrinter, SharedChromium>();
        services.AddSingleton(sp => new BoundedPdfPrinter(sp.GetRequiredService<IPdfPrinter>(), sp.GetRequiredService<IOptions<PdfPrintLimits>>().Value));
        return services;
    }
}
