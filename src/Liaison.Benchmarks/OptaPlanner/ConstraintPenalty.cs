namespace Liaison.Benchmarks.OptaPlanner;

/// <summary>One constraint's share of a score, as the referee counts it.</summary>
/// <param name="Name">The constraint's name as the <c>Configuration</c> sheet spells it (<see cref="ConstraintWeights.Names"/>).</param>
/// <param name="Level">"hard", "medium" or "soft".</param>
/// <param name="Count">The unweighted penalty: grains of overlap, grain indices, pairs or capacity differences, as the constraint counts.</param>
/// <param name="Weighted">The penalty times the constraint's weight: what the constraint takes off its level (0 or more).</param>
public sealed record ConstraintPenalty(string Name, string Level, long Count, long Weighted);
