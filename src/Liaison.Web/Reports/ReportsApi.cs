using System.Globalization;
using Liaison.Data;
using Liaison.Data.Dossiers;
using Liaison.Reporting;
using Liaison.Reporting.Pdf;
using Liaison.Web.Common;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Reports;

/// <summary>
/// The engagement report of an event, <c>GET /api/events/{eventId}/report?lang=ar|en|es|fr&amp;audience=public|internal</c>
/// (optional <c>regions=m49|event</c>) as one self-contained HTML page, and <c>.../report.pdf</c>, the same page printed in
/// headless Chromium. The public report is for every signed-in role but liaison officers; the internal one needs the
/// cooperation desk, and shows restricted content only to a user with confidential clearance. A partner is "new" when no
/// event in the database had a meeting or agreement with it before. PDFs are printed by one shared Chromium, at most
/// <c>Liaison:Report:MaxConcurrentPrints</c> at once; a request that finds no slot within <c>QueueTimeoutSeconds</c>
/// gets 503 with Retry-After.
/// </summary>
internal static class ReportsApi
{
    /// <summary>The setting naming the Chromium binary; Debian's <c>/usr/bin/chromium</c> when unset.</summary>
    public const string ChromiumKey = "Liaison:Report:Chromium";

    /// <summary>
    /// The page's own Content-Security-Policy: its styles are inline and its pictures inline SVG, and nothing else may load
    /// or run (no script, no request to any origin).
    /// </summary>
    public const string PagePolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /// <summary>Maps the endpoints.</summary>
    /// <param name="api">The <c>/api</c> group.</param>
    public static RouteGroupBuilder MapReportsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/events/{eventId:guid}").WithTags("Reports").RequireAuthorization(Policies.PublicReportReader);
        group.MapGet("/report", HtmlAsync).Produces(StatusCodes.Status200OK, contentType: "text/html")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("The engagement report as HTML; audience=internal needs the cooperation desk.");
        group.MapGet("/report.pdf", PdfAsync).Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("The engagement report printed to PDF in headless Chromium; 503 when no Chromium is installed or every print slot stays busy (with Retry-After).");
        return group;
    }

    private static async Task<IResult> HtmlAsync(
        Guid eventId, string? lang, string? audience, string? regions, HttpContext http, CancellationToken ct)
    {
        var (html, refused) = await RenderAsync(eventId, lang, audience, regions, http, ct);
        if (html is null)
        {
            return refused!;
        }

        http.Response.Headers.ContentSecurityPolicy = PagePolicy;
        return TypedResults.Content(html, "text/html; charset=utf-8");
    }

    private static async Task<IResult> PdfAsync(
        Guid eventId, string? lang, string? audience, string? regions, HttpContext http, BoundedPdfPrinter printer, CancellationToken ct)
    {
        var (html, refused) = await RenderAsync(eventId, lang, audience, regions, http, ct);
        if (html is null)
        {
            return refused!;
        }

        try
        {
            var pdf = await printer.PrintAsync(html, ct);
            return TypedResults.File(pdf, "application/pdf", $"engagement-report-{lang}-{audience}.pdf");
        }
        catch (FileNotFoundException missing)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "PDF printing unavailable",
                detail: $"{missing.Message} Or set {ChromiumKey} to the browser's path; the HTML report (.../report) works without it.");
        }
        catch (PdfPrinterBusyException busy)
        {
            var seconds = (int)Math.Ceiling(busy.RetryAfter.TotalSeconds);
            http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "PDF printing busy",
                detail: $"Every PDF print slot stayed busy (Liaison:Report:MaxConcurrentPrints); try again in {seconds} s, or read the HTML report (.../report) now.");
        }
    }

    /// <summary>The page, or the answer that refuses it (400 naming the parameter, 403, 404).</summary>
    private static async Task<(string? Html, IResult? Refused)> RenderAsync(
        Guid eventId, string? lang, string? audience, string? regions, HttpContext http, CancellationToken ct)
    {
        if (lang is null || !ReportOptions.Languages.Contains(lang, StringComparer.Ordinal))
        {
            return (null, ValidationErrors.Single("lang", $"Give the report's language: lang={string.Join(", ", ReportOptions.Languages)}."));
        }

        if (audience is not ("public" or "internal"))
        {
            return (null, ValidationErrors.Single("audience", "Give audience=public (names only public meetings) or audience=internal."));
        }

        if (regions is not (null or "m49" or "event"))
        {
            return (null, ValidationErrors.Single("regions", "Give regions=m49 (UN M49, the default) or regions=event (the event's own grouping)."));
        }

        var user = http.User;
        var authorization = http.RequestServices.GetRequiredService<IAuthorizationService>();
        if (audience == "internal" && !(await authorization.AuthorizeAsync(user, Policies.CooperationDesk)).Succeeded)
        {
            return (null, TypedResults.Forbid());
        }

        var db = http.RequestServices.GetRequiredService<LiaisonDbContext>();
        if (!await db.Events.AnyAsync(e => e.Id == eventId, ct))
        {
            return (null, TypedResults.NotFound());
        }

        var dossiers = http.RequestServices.GetRequiredService<DossierStore>();
        var history = await dossiers.ExportAllAsync(ct);
        var options = new ReportOptions(CultureInfo.GetCultureInfo(lang), audience == "public" ? ReportAudience.Public : ReportAudience.Internal,
            user.HasConfidentialClearance(), regions == "event" ? RegionScheme.Event : RegionScheme.M49);
        var report = EngagementReportBuilder.Build(await dossiers.ExportAsync(eventId, ct), options, history);
        return (await ReportHtml.RenderAsync(report), null);
    }
}
