using NodaTime;

namespace Liaison.Data.Entities;

/// <summary>
/// A signed document file of an agreement, stored in the database (bytea on PostgreSQL, blob on SQLite); checked by
/// AgreementDocumentStore: at most 20 MB, PDF, DOCX, PNG or JPEG by its first bytes.
/// </summary>
public sealed class AgreementDocumentEntity
{
    /// <summary>Surrogate key.</summary>
    public Guid Id { get; set; }

    /// <summary>The agreement.</summary>
    public Guid AgreementId { get; set; }

    /// <summary>The file name as uploaded, reduced to its last path segment.</summary>
    public string FileName { get; set; } = "";

    /// <summary>The media type found from the content (never the client's claim), e.g. <c>application/pdf</c>.</summary>
    public string ContentType { get; set; } = "";

    /// <summary>Size in bytes.</summary>
    public long Size { get; set; }

    /// <summary>SHA-256 of the content, lower-case hex, for the audit trail and downloads.</summary>
    public string Sha256 { get; set; } = "";

    /// <summary>The file's bytes.</summary>
    public byte[] Content { get; set; } = [];

    /// <summary>When it was stored (UTC).</summary>
    public Instant UploadedAt { get; set; }

    /// <summary>Who stored it.</summary>
    public string UploadedBy { get; set; } = "";
}
