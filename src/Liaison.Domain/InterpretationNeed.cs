namespace Liaison.Domain;

/// <summary>Whether a meeting needs an interpreter, and the pairs any one of which serves it.</summary>
/// <param name="IsNeeded">Whether an interpreter must be assigned.</param>
/// <param name="AcceptablePairs">Pairs any one of which serves the meeting; empty when not needed (or impossible).</param>
public sealed record InterpretationNeed(bool IsNeeded, IReadOnlyList<LanguagePair> AcceptablePairs);
