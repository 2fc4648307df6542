using System.IO.Compression;

namespace Liaison.Data.Dossiers;

/// <summary>
/// Tells a signed document's media type from its first bytes, never from the client's claim: PDF (<c>%PDF-</c>),
/// PNG (its 8-byte signature), JPEG (<c>FF D8 FF</c>) and DOCX (a ZIP package holding <c>word/document.xml</c>).
/// </summary>
/// <remarks>Signatures from the formats' specifications (ISO 32000, PNG RFC 2083, JPEG/JFIF, ECMA-376 part 2). Thread-safe.</remarks>
public static class DocumentType
{
    /// <summary>The media types accepted, for messages and documentation.</summary>
    public static readonly IReadOnlyList<string> Accepted =
        [Pdf, Docx, "image/png", "image/jpeg"];

    private const string Pdf = "application/pdf";
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>The media type of <paramref name="content"/>, or <c>null</c> when it is none of the accepted ones.</summary>
    /// <param name="content">The whole file.</param>
    public static string? Detect(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        ReadOnlySpan<byte> head = content;
        if (head.StartsWith("%PDF-"u8))
        {
            return Pdf;
        }

        if (head.StartsWith((byte[])[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return "image/png";
        }

        if (head.StartsWith((byte[])[0xFF, 0xD8, 0xFF]))
        {
            return "image/jpeg";
        }

        return head.StartsWith("PK\u0003\u0004"u8) && IsWordPackage(content) ? Docx : null;
    }

    /// <summary>The usual file extension of an accepted media type, e.g. <c>.pdf</c>.</summary>
    /// <param name="mediaType">One of <see cref="Accepted"/>.</param>
    public static string ExtensionOf(string mediaType) => mediaType switch
    {
        Pdf => ".pdf",
        Docx => ".docx",
        "image/png" => ".png",
        _ => ".jpg",
    };

    private static bool IsWordPackage(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            return zip.GetEntry("word/document.xml") is not null && zip.GetEntry("[Content_Types].xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
