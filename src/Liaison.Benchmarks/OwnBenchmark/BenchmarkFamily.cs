namespace Liaison.Benchmarks.OwnBenchmark;

/// <summary>One family of Liaison's own benchmark (docs/benchmarks.md) and the time limit its target sets.</summary>
/// <param name="Name">The name used on the command line, e.g. <c>assembly</c>.</param>
/// <param name="TimeLimit">The search time limit of the target, before any scaling.</param>
/// <param name="Description">One line for people.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record BenchmarkFamily(string Name, TimeSpan TimeLimit, string Description)
{
    /// <summary>The Marrakech sample itself; the limit is the <c>plan</c> command's default, the target is the whole plan under 2 s.</summary>
    public static BenchmarkFamily Host43 { get; } = new("host-43", TimeSpan.FromSeconds(30), "the Marrakech sample: 43 requests to the host's principals");

    /// <summary>A General Assembly: 190 delegations, 2,000 requests, 20 rooms, 4 days, 12 interpreters.</summary>
    public static BenchmarkFamily Assembly { get; } = new("assembly", TimeSpan.FromSeconds(10), "General Assembly: 190 delegations, 2,000 requests, 20 rooms, 4 days");

    /// <summary>A brokerage event: 3,000 participants, 30,000 requests, 150 tables, 2 days.</summary>
    public static BenchmarkFamily Brokerage { get; } = new("brokerage", TimeSpan.FromSeconds(60), "brokerage: 3,000 participants, 30,000 requests, 150 tables, 2 days");

    /// <summary>A large brokerage event: 10,000 participants, 200,000 requests, 500 tables, 3 days.</summary>
    public static BenchmarkFamily BrokerageXl { get; } = new("brokerage-xl", TimeSpan.FromSeconds(300), "brokerage: 10,000 participants, 200,000 requests, 500 tables, 3 days");

    /// <summary>
    /// The assembly after 5% cancellations, a delegation a day late and a room lost, re-planned from the assembly's
    /// programme. The target has no fixed limit (the wall time is the figure); the limit here caps the search.
    /// </summary>
    public static BenchmarkFamily Replan { get; } = new("replan", TimeSpan.FromSeconds(10), "assembly re-planned after 5% cancellations, a delegation a day late, a room lost");

    /// <summary>Every family, in the order the benchmark runs them.</summary>
    public static IReadOnlyList<BenchmarkFamily> All { get; } = [Host43, Assembly, Replan, Brokerage, BrokerageXl];

    /// <summary>The family named <paramref name="name"/>, or <c>null</c>.</summary>
    /// <param name="name">A family name, compared ordinally.</param>
    public static BenchmarkFamily? Find(string name) => All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));
}
