using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Liaison.Benchmarks.OwnBenchmark;

/// <summary>
/// Runs one solve in a child process and collects its <see cref="RunResult"/>, so each solve has its own
/// memory: the child writes its result (with its own peak resident memory) to a file and exits. The parent
/// watches the child and ends it when its resident memory passes a cap or it outlives a wall-time cap, and
/// reports that as "out of memory" or "no solution in time" rather than failing.
/// </summary>
/// <remarks>Not thread-safe; run one at a time (the machine's cores belong to the child).</remarks>
public static class IsolatedRun
{
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(250);

    /// <summary>Starts <paramref name="command"/> plus <c>--result FILE</c>, waits for it and reads the file.</summary>
    /// <param name="command">The executable and its arguments, e.g. <c>liaison bench run-one --family assembly ...</c>.</param>
    /// <param name="family">The family, for a failed result.</param>
    /// <param name="solver">The solver, for a failed result.</param>
    /// <param name="wallCap">Wall time after which the child is ended.</param>
    /// <param name="memoryCapMegabytes">Resident memory, in MiB, above which the child is ended.</param>
    /// <param name="time">Clock for the wall time.</param>
    /// <returns>The child's result, or a failed one saying why there is none.</returns>
    public static RunResult Run(IReadOnlyList<string> command, string family, string solver, TimeSpan wallCap, double memoryCapMegabytes, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(time);
        var resultPath = Path.Combine(Path.GetTempPath(), $"liaison-bench-{Path.GetRandomFileName()}.json");
        var start = new ProcessStartInfo(command[0]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in command.Skip(1).Concat(["--result", resultPath]))
        {
            start.ArgumentList.Add(argument);
        }

        var started = time.GetTimestamp();
        try
        {
            using var child = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {command[0]}.");
            var output = child.StandardOutput.ReadToEndAsync();
            var errors = child.StandardError.ReadToEndAsync();
            double? peak = null;
            while (!child.WaitForExit(PollEvery))
            {
                var resident = ProcessMemory.ResidentMegabytes(child.Id);
                peak = Math.Max(peak ?? 0, resident ?? 0);
                var overMemory = resident > memoryCapMegabytes;
                if (overMemory || time.GetElapsedTime(started) > wallCap)
                {
                    child.Kill(entireProcessTree: true);
                    child.WaitForExit();
                    return RunResult.Failed(family, solver, time.GetElapsedTime(started).TotalSeconds, peak,
                        overMemory ? string.Create(CultureInfo.InvariantCulture, $"out of memory (over {memoryCapMegabytes / 1024:0} GiB)") : "no solution in time");
                }
            }

            child.WaitForExit();
            if (child.ExitCode == 0 && File.Exists(resultPath))
            {
                return RunResultJson.Read(resultPath);
            }

            var said = $"{output.Result}\n{errors.Result}";
            var failure = said.Contains("OutOfMemory", StringComparison.Ordinal) || child.ExitCode == 137
                ? "out of memory"
                : $"failed (exit code {child.ExitCode}): {LastLine(said)}";
            return RunResult.Failed(family, solver, time.GetElapsedTime(started).TotalSeconds, peak, failure);
        }
        catch (JsonException e)
        {
            return RunResult.Failed(family, solver, time.GetElapsedTime(started).TotalSeconds, null, $"unreadable result ({e.Message})");
        }
        finally
        {
            File.Delete(resultPath);
        }
    }

    private static string LastLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "no output";
}
