namespace Liaison.Reporting.Pdf;

/// <summary>Every print slot stayed busy for the whole queue timeout of <see cref="PdfPrintLimits"/>; nothing was printed.</summary>
public sealed class PdfPrinterBusyException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="retryAfter">How long the caller should wait before trying again (whole seconds, at least 1).</param>
    public PdfPrinterBusyException(TimeSpan retryAfter)
        : base($"All PDF print slots stayed busy; try again in {retryAfter.TotalSeconds:0} s.") => RetryAfter = retryAfter;

    /// <summary>Creates the exception with a wait of one second.</summary>
    public PdfPrinterBusyException()
        : this(TimeSpan.FromSeconds(1))
    {
    }

    /// <summary>Creates the exception with a message of the caller's.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause, if any.</param>
    public PdfPrinterBusyException(string message, Exception? innerException)
        : base(message, innerException) => RetryAfter = TimeSpan.FromSeconds(1);

    /// <summary>How long the caller should wait before trying again.</summary>
    public TimeSpan RetryAfter { get; }
}
