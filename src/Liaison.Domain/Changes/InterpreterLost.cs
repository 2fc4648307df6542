using NodaTime;

namespace Liaison.Domain.Changes;

/// <summary>An interpreter who can no longer work, from an instant or for the whole event.</summary>
/// <param name="InterpreterId">Id of an interpreter of the scenario.</param>
/// <param name="From">UTC instant from which the interpreter is lost, or <c>null</c> for the whole event.
/// Their availability is cut at that instant.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record InterpreterLost(string InterpreterId, Instant? From = null) : ScenarioChange
{
    /// <inheritdoc />
    public override string Describe() => From is { } from ? $"interpreter {InterpreterId} lost from {from} (UTC)" : $"interpreter {InterpreterId} lost";
}
