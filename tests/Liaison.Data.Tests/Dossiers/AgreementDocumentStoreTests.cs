using System.IO.Compression;
using System.Text;
using Liaison.Data.Dossiers;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Data.Tests.Dossiers;

public sealed class AgreementDocumentStoreTests
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n");

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task StoresAPdfUnderTheTypeOfItsContentNotItsName(DatabaseProvider provider)
    {
        await using var imported = await ImportedEvent.CreateAsync(provider);
        var (database, eventId, db) = (imported.Database, imported.EventId, imported.Db);
        var store = new AgreementDocumentStore(db, database.Time);

        var stored = await store.AddAsync(eventId, "mou-no", "../scans/signed\"mou.html", new MemoryStream(Pdf), "officer");

        await using var reader = database.CreateContext();
        var (document, content) = (await new AgreementDocumentStore(reader, database.Time).GetAsync(eventId, "mou-no", stored.Id))!.Value;
        Assert.Equal(("signedmou.pdf", "application/pdf", (long)Pdf.Length), (document.FileName, document.ContentType, document.Size));
        Assert.Equal(Pdf, content);
        Assert.Equal([stored.Id], (await store.ListAsync(eventId, "mou-no")).Select(d => d.Id));
        var audit = await reader.AuditEntries.SingleAsync(a => a.EntityType == nameof(Entities.AgreementDocumentEntity));
        Assert.Contains($"\"Content\":\"({Pdf.Length} bytes)\"", audit.After, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task RefusesHtmlTooLargeAndEmptyFilesWritingNothing(DatabaseProvider provider)
    {
        await using var imported = await ImportedEvent.CreateAsync(provider);
        var (database, eventId, db) = (imported.Database, imported.EventId, imported.Db);
        var store = new AgreementDocumentStore(db, database.Time);
        var tooLarge = new byte[AgreementDocumentStore.MaxBytes + 1];
        Pdf.CopyTo(tooLarge, 0);

        var html = await Assert.ThrowsAsync<DocumentRejectedException>(() =>
            store.AddAsync(eventId, "mou-no", "mou.pdf", new MemoryStream(Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>")), "officer"));
        var large = await Assert.ThrowsAsync<DocumentRejectedException>(() => store.AddAsync(eventId, "mou-no", "mou.pdf", new MemoryStream(tooLarge), "officer"));
        var empty = await Assert.ThrowsAsync<DocumentRejectedException>(() => store.AddAsync(eventId, "mou-no", "mou.pdf", new MemoryStream(), "officer"));

        Assert.StartsWith("The file is not a PDF, DOCX, PNG or JPEG document", html.Message, StringComparison.Ordinal);
        Assert.Equal("The file is larger than 20 MB; send a smaller scan or a compressed PDF.", large.Message);
        Assert.Equal("The file is empty; send the signed document.", empty.Message);
        Assert.Equal(0, await db.AgreementDocuments.CountAsync());
        await Assert.ThrowsAsync<KeyNotFoundException>(() => store.AddAsync(eventId, "mou-xx", "mou.pdf", new MemoryStream(Pdf), "officer"));
    }

    [Fact]
    public void DetectsEachAcceptedTypeByItsFirstBytes()
    {
        Assert.Equal("application/pdf", DocumentType.Detect(Pdf));
        Assert.Equal("image/png", DocumentType.Detect([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0]));
        Assert.Equal("image/jpeg", DocumentType.Detect([0xFF, 0xD8, 0xFF, 0xE0, 0, 0]));
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", DocumentType.Detect(Zip("word/document.xml")));
        Assert.Null(DocumentType.Detect(Zip("xl/workbook.xml")));
        Assert.Null(DocumentType.Detect(Encoding.ASCII.GetBytes("GIF89a")));
    }

    private static byte[] Zip(string part)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("[Content_Types].xml");
            zip.CreateEntry(part);
        }

        return buffer.ToArray();
    }
}
