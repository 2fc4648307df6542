namespace Liaison.Domain.Changes;

/// <summary>A new meeting request, as complete as one in the scenario.</summary>
/// <param name="Request">The request; its id unused in the scenario, its participants known.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record RequestAdded(MeetingRequest Request) : ScenarioChange
{
    /// <inheritdoc />
    public override string Describe() => $"new request {Request.Id} by {Request.RequestedBy}";
}
