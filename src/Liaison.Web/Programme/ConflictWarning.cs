using Liaison.Domain.Programmes;

namespace Liaison.Web.Programme;

/// <summary>One rule the programme breaks around a changed meeting (see <see cref="ProgrammeValidator"/>).</summary>
/// <param name="Kind">Which rule.</param>
/// <param name="RequestIds">The requests whose meetings are involved.</param>
/// <param name="Message">One English sentence naming the meetings and the resource.</param>
public sealed record ConflictWarning(ViolationKind Kind, IReadOnlyList<string> RequestIds, string Message);
