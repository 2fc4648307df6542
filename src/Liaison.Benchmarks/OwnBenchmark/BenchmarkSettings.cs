namespace Liaison.Benchmarks.OwnBenchmark;

/// <summary>How the benchmark is run: seed, scaling of time limits and of instance sizes, and where the sample is.</summary>
/// <param name="Seed">Seed of the generator and of CP-SAT.</param>
/// <param name="TimeLimitScale">Factor on every family's time limit; 1 for the targets.</param>
/// <param name="SizeScale">Factor on the generated instances' sizes (see <see cref="Generator.InstanceShape.Scaled"/>); 1 for the families as defined.</param>
/// <param name="SamplePath">The Marrakech sample scenario file, for <c>host-43</c>.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record BenchmarkSettings(int Seed, double TimeLimitScale, double SizeScale, string SamplePath)
{
    /// <summary>The seed when none is given.</summary>
    public const int DefaultSeed = 42;

    /// <summary>The time limit for <paramref name="family"/>: its target's limit times <see cref="TimeLimitScale"/>, at least 0.1 s.</summary>
    /// <param name="family">A family.</param>
    public TimeSpan TimeLimitOf(BenchmarkFamily family)
    {
        ArgumentNullException.ThrowIfNull(family);
        return TimeSpan.FromSeconds(Math.Max(0.1, family.TimeLimit.TotalSeconds * TimeLimitScale));
    }
}
