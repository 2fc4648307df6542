using System.Security.Claims;
using Liaison.Data.Dossiers;
using Liaison.Web.Common;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Liaison.Web.Agreements;

/// <summary>
/// Signed document files of an agreement under <c>.../agreements/{agreementId}/documents</c>: upload (multipart field
/// <c>file</c>; over 20 MB answers 413, a type other than PDF, DOCX, PNG or JPEG by content 415), list, download.
/// A download is always an attachment of the type detected at upload, with <c>nosniff</c> and a sandboxing
/// Content-Security-Policy, so a file is never rendered by the browser as a page of this site.
/// </summary>
internal static class AgreementDocumentsApi
{
    /// <summary>The Content-Security-Policy of a download: nothing may load or run, even if a browser tried to render it.</summary>
    public const string DownloadPolicy = "default-src 'none'; sandbox";

    /// <summary>Maps the endpoints on the agreements group (which carries the policy).</summary>
    /// <param name="agreements">The <c>/api/events/{eventId}/agreements</c> group.</param>
    public static RouteGroupBuilder MapAgreementDocumentsApi(this RouteGroupBuilder agreements)
    {
        // Cookie requests are held to the antiforgery header by CookieAntiforgeryMiddleware, like every unsafe request.
        agreements.MapPost("/{agreementId}/documents", UploadAsync).DisableAntiforgery()
            .Accepts<IFormFile>("multipart/form-data")
            .WithSummary("Stores a signed document (multipart field 'file'; PDF, DOCX, PNG or JPEG, at most 20 MB); 201.");
        agreements.MapGet("/{agreementId}/documents", ListAsync).WithSummary("The agreement's documents, oldest first, without their bytes.");
        agreements.MapGet("/{agreementId}/documents/{documentId:guid}", DownloadAsync)
            .WithSummary("Downloads a document as an attachment of its stored type.");
        return agreements;
    }

    private static async Task<Results<Created<DocumentResponse>, NotFound, ValidationProblem, ProblemHttpResult>> UploadAsync(
        Guid eventId, string agreementId, IFormFile? file, AgreementDocumentStore documents, ClaimsPrincipal user, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            return ValidationErrors.Single("file", "Send the signed document in the multipart field 'file'; it was missing or empty.");
        }

        if (file.Length > AgreementDocumentStore.MaxBytes)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Document too large",
                detail: $"The file has {file.Length} bytes; at most {AgreementDocumentStore.MaxBytes} (20 MB) are accepted. Send a smaller scan or a compressed PDF.");
        }

        try
        {
            await using var content = file.OpenReadStream();
            var stored = await documents.AddAsync(eventId, agreementId, file.FileName, content, user.Identity?.Name ?? "unknown", ct);
            return TypedResults.Created($"/api/events/{eventId}/agreements/{agreementId}/documents/{stored.Id}", Respond(stored));
        }
        catch (KeyNotFoundException)
        {
            return TypedResults.NotFound();
        }
        catch (DocumentRejectedException rejected)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Document type not accepted", detail: rejected.Message);
        }
    }

    private static async Task<Results<Ok<List<DocumentResponse>>, NotFound>> ListAsync(
        Guid eventId, string agreementId, Data.LiaisonDbContext db, AgreementDocumentStore documents, CancellationToken ct)
    {
        if (await AgreementsApi.FindAsync(db, eventId, agreementId, ct) is null)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok((await documents.ListAsync(eventId, agreementId, ct)).Select(Respond).ToList());
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> DownloadAsync(
        Guid eventId, string agreementId, Guid documentId, AgreementDocumentStore documents, HttpResponse response, CancellationToken ct)
    {
        if (await documents.GetAsync(eventId, agreementId, documentId, ct) is not ({ } document, { } content))
        {
            return TypedResults.NotFound();
        }

        response.Headers.ContentSecurityPolicy = DownloadPolicy;
        return TypedResults.File(content, document.ContentType, document.FileName);
    }

    private static DocumentResponse Respond(StoredDocument document) =>
        new(document.Id, document.FileName, document.ContentType, document.Size, document.Sha256, document.UploadedAt.ToDateTimeOffset(), document.UploadedBy);
}
