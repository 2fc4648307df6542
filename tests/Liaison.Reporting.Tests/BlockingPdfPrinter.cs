using System.Text;
using Liaison.Reporting.Pdf;

namespace Liaison.Reporting.Tests;

/// <summary>
/// A printer whose prints block until <see cref="Release"/>, counting how many run at once; each print answers the HTML's
/// bytes. Thread-safe.
/// </summary>
public sealed class BlockingPdfPrinter : IPdfPrinter
{
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly object _gate = new();
    private readonly List<TaskCompletionSource> _waitingFor = [];
    private int _running;

    /// <summary>The most prints that ran at once.</summary>
    public int MostAtOnce { get; private set; }

    /// <summary>Prints started so far.</summary>
    public int Started { get; private set; }

    /// <inheritdoc />
    public async Task<byte[]> PrintAsync(string html, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            _running++;
            Started++;
            MostAtOnce = Math.Max(MostAtOnce, _running);
            foreach (var waiting in _waitingFor)
            {
                waiting.TrySetResult();
            }

            _waitingFor.Clear();
        }

        await _released.Task;
        lock (_gate)
        {
            _running--;
        }

        return Encoding.UTF8.GetBytes(html);
    }

    /// <summary>Completes when at least <paramref name="count"/> prints have started.</summary>
    public async Task StartedAsync(int count)
    {
        while (true)
        {
            TaskCompletionSource next;
            lock (_gate)
            {
                if (Started >= count)
                {
                    return;
                }

                next = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                _waitingFor.Add(next);
            }

            await next.Task;
        }
    }

    /// <summary>Lets every print, running or to come, finish.</summary>
    public void Release() => _released.TrySetResult();
}
