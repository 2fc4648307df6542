using NodaTime;

namespace Liaison.Data.Dossiers;

/// <summary>What is known of a stored signed document, without its bytes.</summary>
/// <param name="Id">The document's id.</param>
/// <param name="AgreementId">The agreement's scenario id.</param>
/// <param name="FileName">A safe file name: the uploaded name's last segment, with the extension of the detected type.</param>
/// <param name="ContentType">The media type detected from the content.</param>
/// <param name="Size">Size in bytes.</param>
/// <param name="Sha256">SHA-256 of the content, lower-case hex.</param>
/// <param name="UploadedAt">When it was stored (UTC).</param>
/// <param name="UploadedBy">Who stored it.</param>
public sealed record StoredDocument(Guid Id, string AgreementId, string FileName, string ContentType, long Size, string Sha256,
    Instant UploadedAt, string UploadedBy);
