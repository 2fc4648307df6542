namespace Liaison.Cli.Reporting;

/// <summary>What <c>liaison report</c> writes, chosen by the --out file's extension.</summary>
internal enum ReportFormat
{
    /// <summary>.html: the self-contained page.</summary>
    Html,

    /// <summary>.pdf: the same page printed in headless Chromium.</summary>
    Pdf,
}
