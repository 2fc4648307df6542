namespace Liaison.Domain.Changes;

/// <summary>
/// One change to a scenario after its programme was planned: a cancellation, a delegation arriving late
/// or leaving early, a room or interpreter lost, a principal newly busy, or a new request.
/// <see cref="ScenarioChanges.Apply"/> turns a scenario and its changes into the changed scenario.
/// </summary>
/// <remarks>Immutable and thread-safe. Every id names an entry of the scenario the change applies to.</remarks>
public abstract record ScenarioChange
{
    /// <summary>Only the change kinds of this namespace derive from this type.</summary>
    private protected ScenarioChange()
    {
    }

    /// <summary>One English line describing the change for people, e.g. <c>request r12 cancelled</c>.</summary>
    public abstract string Describe();
}
