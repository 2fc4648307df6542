namespace Liaison.Domain.Programmes;

/// <summary>One broken rule in a programme.</summary>
/// <param name="Kind">Which rule.</param>
/// <param name="RequestIds">The requests whose meetings are involved (one, or two for a double booking).</param>
/// <param name="Message">One English sentence naming the meetings and the resource.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ProgrammeViolation(ViolationKind Kind, IReadOnlyList<string> RequestIds, string Message);
