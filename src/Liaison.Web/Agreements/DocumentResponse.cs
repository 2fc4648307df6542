namespace Liaison.Web.Agreements;

/// <summary>A stored signed document of an agreement, without its bytes.</summary>
/// <param name="Id">The document's id; download it at <c>.../documents/{id}</c>.</param>
/// <param name="FileName">The stored file name (the uploaded name's last segment, with the detected type's extension).</param>
/// <param name="ContentType">The media type detected from the content.</param>
/// <param name="Size">Size in bytes.</param>
/// <param name="Sha256">SHA-256 of the content, lower-case hex.</param>
/// <param name="UploadedAt">When it was stored (UTC).</param>
/// <param name="UploadedBy">Who stored it.</param>
public sealed record DocumentResponse(Guid Id, string FileName, string ContentType, long Size, string Sha256, DateTimeOffset UploadedAt, string UploadedBy);
