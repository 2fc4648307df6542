namespace Liaison.Domain.Programmes;

/// <summary>The outcome of planning: the meetings placed and the requests left out, with reasons.</summary>
/// <param name="Meetings">Placed meetings, in start order.</param>
/// <param name="Unplaced">Requests left out, each with its reason.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record Programme(IReadOnlyList<ScheduledMeeting> Meetings, IReadOnlyList<UnplacedRequest> Unplaced);
