namespace Liaison.Reporting.Pdf;

/// <summary>Prints a self-contained HTML page to PDF.</summary>
public interface IPdfPrinter
{
    /// <summary>Prints <paramref name="html"/> to an A4 PDF.</summary>
    /// <param name="html">The whole document; external references are not loaded.</param>
    /// <param name="cancellationToken">Cancels the print before it starts.</param>
    /// <returns>The PDF's bytes.</returns>
    Task<byte[]> PrintAsync(string html, CancellationToken cancellationToken = default);
}
