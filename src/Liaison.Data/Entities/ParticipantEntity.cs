namespace Liaison.Data.Entities;

/// <summary>
/// A principal or a delegation: the two share one id namespace per event and one table
/// (table-per-hierarchy, discriminator column <c>Kind</c>).
/// </summary>
public abstract class ParticipantEntity : IVersioned, IEventListItem
{
    /// <summary>Surrogate key.</summary>
    public Guid Id { get; set; }

    /// <summary>The event.</summary>
    public Guid EventId { get; set; }

    /// <summary>The id the participant has in scenario files; unique per event across principals and delegations.</summary>
    public string ScenarioId { get; set; } = "";

    /// <summary>Position in the scenario's list of principals or of delegations (0-based).</summary>
    public int Position { get; set; }

    /// <summary>Working languages (BCP 47, lower case), in the scenario's order.</summary>
    public List<string> Languages { get; set; } = [];

    /// <inheritdoc />
    public int Version { get; set; } = 1;
}
