namespace Liaison.Reporting.Pdf;

/// <summary>
/// How many PDF prints may run at once, and how long a print beyond that waits for a free slot before it is refused.
/// Each print holds a Chromium page (tens of MB and a share of a core), so the bound keeps a burst of report downloads
/// from exhausting the machine. Bound from configuration section <see cref="Section"/>.
/// </summary>
public sealed class PdfPrintLimits
{
    /// <summary>The configuration section, e.g. <c>Liaison:Report:MaxConcurrentPrints=2</c>.</summary>
    public const string Section = "Liaison:Report";

    /// <summary>Prints that may run at once; at least 1. Default 2, one per core of the reference machine.</summary>
    public int MaxConcurrentPrints { get; set; } = 2;

    /// <summary>Seconds a print waits for a free slot before it is refused; 0 refuses at once when all slots are busy. Default 30.</summary>
    public int QueueTimeoutSeconds { get; set; } = 30;
}
