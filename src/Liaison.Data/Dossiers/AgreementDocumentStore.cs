using System.Security.Cryptography;
using Liaison.Data.Entities;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Liaison.Data.Dossiers;

/// <summary>
/// Keeps the signed document files of agreements in the database: at most <see cref="MaxBytes"/> bytes, PDF, DOCX, PNG or
/// JPEG as told by the content (<see cref="DocumentType"/>), audited like every row (the audit keeps the size, not the bytes).
/// </summary>
/// <remarks>One instance per unit of work (scoped); not thread-safe.</remarks>
/// <param name="db">The context.</param>
/// <param name="time">The clock for the upload time.</param>
public sealed class AgreementDocumentStore(LiaisonDbContext db, TimeProvider time)
{
    /// <summary>The largest file accepted: 20 MB (20 × 1024 × 1024 bytes).</summary>
    public const int MaxBytes = 20 * 1024 * 1024;

    /// <summary>Stores a document of the agreement.</summary>
    /// <param name="eventId">The event.</param>
    /// <param name="agreementId">The agreement's scenario id.</param>
    /// <param name="fileName">The name the client gave; only its last segment is kept, with the detected type's extension.</param>
    /// <param name="content">The file; read to its end or to one byte past the limit.</param>
    /// <param name="who">Who uploads it.</param>
    /// <param name="cancellationToken">Cancels the upload.</param>
    /// <returns>The stored document's description.</returns>
    /// <exception cref="KeyNotFoundException">No such agreement in the event.</exception>
    /// <exception cref="DocumentRejectedException">Empty, larger than <see cref="MaxBytes"/>, or not an accepted type; nothing is written.</exception>
    public async Task<StoredDocument> AddAsync(Guid eventId, string agreementId, string fileName, Stream content, string who,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(who);
        var agreement = await db.Agreements.Where(a => a.EventId == eventId && a.ScenarioId == agreementId).Select(a => a.Id)
            .SingleOrDefaultAsync(cancellationToken);
        if (agreement == Guid.Empty)
        {
            throw new KeyNotFoundException($"Event {eventId} has no agreement '{agreementId}'.");
        }

        var bytes = await ReadLimitedAsync(content, cancellationToken);
        var type = DocumentType.Detect(bytes)
                   ?? throw new DocumentRejectedException($"The file is not a PDF, DOCX, PNG or JPEG document (its content was checked, not its name or declared type); accepted: {string.Join(", ", DocumentType.Accepted)}.");
        var row = new AgreementDocumentEntity
        {
            Id = Guid.NewGuid(), AgreementId = agreement, FileName = SafeName(fileName, type), ContentType = type, Size = bytes.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)), Content = bytes,
            UploadedAt = Instant.FromDateTimeOffset(time.GetUtcNow()), UploadedBy = who,
        };
        db.AgreementDocuments.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        return Describe(row, agreementId);
    }

    /// <summary>The agreement's documents, oldest first, without their bytes.</summary>
    /// <param name="eventId">The event.</param>
    /// <param name="agreementId">The agreement's scenario id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<IReadOnlyList<StoredDocument>> ListAsync(Guid eventId, string agreementId, CancellationToken cancellationToken = default)
    {
        var rows = await Of(eventId, agreementId)
            .Select(d => new AgreementDocumentEntity
            {
                Id = d.Id, FileName = d.FileName, ContentType = d.ContentType, Size = d.Size, Sha256 = d.Sha256,
                UploadedAt = d.UploadedAt, UploadedBy = d.UploadedBy,
            })
            .ToListAsync(cancellationToken);
        return rows.OrderBy(d => d.UploadedAt).Select(d => Describe(d, agreementId)).ToList();
    }

    /// <summary>One document with its bytes, or <c>null</c> when the agreement has no such document.</summary>
    /// <param name="eventId">The event.</param>
    /// <param name="agreementId">The agreement's scenario id.</param>
    /// <param name="documentId">The document's id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<(StoredDocument Document, byte[] Content)?> GetAsync(Guid eventId, string agreementId, Guid documentId,
        CancellationToken cancellationToken = default)
    {
        var row = await Of(eventId, agreementId).SingleOrDefaultAsync(d => d.Id == documentId, cancellationToken);
        return row is null ? null : (Describe(row, agreementId), row.Content);
    }

    private IQueryable<AgreementDocumentEntity> Of(Guid eventId, string agreementId) =>
        db.AgreementDocuments.AsNoTracking().Where(d => db.Agreements.Any(a => a.Id == d.AgreementId && a.EventId == eventId && a.ScenarioId == agreementId));

    private static async Task<byte[]> ReadLimitedAsync(Stream content, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                throw new DocumentRejectedException($"The file is larger than {MaxBytes / (1024 * 1024)} MB; send a smaller scan or a compressed PDF.");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.Length == 0 ? throw new DocumentRejectedException("The file is empty; send the signed document.") : buffer.ToArray();
    }

    private static string SafeName(string fileName, string type)
    {
        var last = Path.GetFileNameWithoutExtension((fileName ?? "").Replace('\\', '/').Split('/')[^1]);
        var clean = new string(last.Where(c => !char.IsControl(c) && c is not ('"' or ';')).ToArray()).Trim();
        return (clean.Length == 0 ? "document" : clean[..Math.Min(clean.Length, 200)]) + DocumentType.ExtensionOf(type);
    }

    private static StoredDocument Describe(AgreementDocumentEntity row, string agreementId) =>
        new(row.Id, agreementId, row.FileName, row.ContentType, row.Size, row.Sha256, row.UploadedAt, row.UploadedBy);
}
