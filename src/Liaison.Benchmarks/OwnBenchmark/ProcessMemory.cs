using System.Globalization;

namespace Liaison.Benchmarks.OwnBenchmark;

/// <summary>Reads a process's resident memory from Linux's /proc/&lt;pid&gt;/status.</summary>
/// <remarks>Thread-safe. On systems without /proc every figure is <c>null</c>.</remarks>
public static class ProcessMemory
{
    /// <summary>Peak resident set size (VmHWM) of the current process, in MiB.</summary>
    public static double? PeakOfCurrentMegabytes() => Read("/proc/self/status", "VmHWM:");

    /// <summary>Current resident set size (VmRSS) of process <paramref name="pid"/>, in MiB, or <c>null</c> when it has exited.</summary>
    /// <param name="pid">A process id.</param>
    public static double? ResidentMegabytes(int pid) => Read(string.Create(CultureInfo.InvariantCulture, $"/proc/{pid}/status"), "VmRSS:");

    private static double? Read(string path, string field)
    {
        try
        {
            var line = File.ReadLines(path).FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
            var kilobytes = line?[field.Length..].Trim().Split(' ')[0];
            return kilobytes is not null && long.TryParse(kilobytes, NumberStyles.Integer, CultureInfo.InvariantCulture, out var kb) ? kb / 1024.0 : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
