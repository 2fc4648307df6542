namespace Liaison.Domain.Changes;

/// <summary>A meeting request withdrawn: its meeting, if held, is dropped.</summary>
/// <param name="RequestId">Id of a request of the scenario.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record RequestCancelled(string RequestId) : ScenarioChange
{
    /// <inheritdoc />
    public override string Describe() => $"request {RequestId} cancelled";
}
