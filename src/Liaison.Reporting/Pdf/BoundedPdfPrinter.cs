namespace Liaison.Reporting.Pdf;

/// <summary>
/// Lets at most <see cref="PdfPrintLimits.MaxConcurrentPrints"/> prints of an inner printer run at once; a print beyond
/// that waits up to <see cref="PdfPrintLimits.QueueTimeoutSeconds"/> for a slot, then is refused with
/// <see cref="PdfPrinterBusyException"/>. Waiting prints are not ordered (the semaphore's order).
/// </summary>
/// <remarks>Thread-safe: meant to be shared by every request of a process.</remarks>
public sealed class BoundedPdfPrinter : IPdfPrinter, IDisposable
{
    private readonly IPdfPrinter _inner;
    private readonly SemaphoreSlim _slots;
    private readonly TimeSpan _queueTimeout;

    /// <summary>Creates the bound.</summary>
    /// <param name="inner">The printer that does the work.</param>
    /// <param name="limits">The bound and the wait.</param>
    /// <exception cref="ArgumentOutOfRangeException">Fewer than one print at once, or a negative wait.</exception>
    public BoundedPdfPrinter(IPdfPrinter inner, PdfPrintLimits limits)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentOutOfRangeException.ThrowIfLessThan(limits.MaxConcurrentPrints, 1, nameof(limits));
        ArgumentOutOfRangeException.ThrowIfNegative(limits.QueueTimeoutSeconds, nameof(limits));
        _inner = inner;
        _slots = new SemaphoreSlim(limits.MaxConcurrentPrints, limits.MaxConcurrentPrints);
        _queueTimeout = TimeSpan.FromSeconds(limits.QueueTimeoutSeconds);
    }

    /// <inheritdoc />
    /// <exception cref="PdfPrinterBusyException">No slot came free within the queue timeout; its <c>RetryAfter</c> is that timeout (at least 1 s).</exception>
    public async Task<byte[]> PrintAsync(string html, CancellationToken cancellationToken = default)
    {
        if (!await _slots.WaitAsync(_queueTimeout, cancellationToken))
        {
            throw new PdfPrinterBusyException(TimeSpan.FromSeconds(Math.Max(1, _queueTimeout.TotalSeconds)));
        }

        try
        {
            return await _inner.PrintAsync(html, cancellationToken);
        }
        finally
        {
            _slots.Release();
        }
    }

    /// <summary>Releases the semaphore; call only when no print is running.</summary>
    public void Dispose() => _slots.Dispose();
}
