namespace Liaison.Domain.Programmes;

/// <summary>A request the planner could not place, with the reason it found.</summary>
/// <param name="RequestId">The request.</param>
/// <param name="Reason">The kind of reason.</param>
/// <param name="Detail">One English sentence for people, naming the blocking parties, rooms or requests.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record UnplacedRequest(string RequestId, UnplacedReason Reason, string Detail);
