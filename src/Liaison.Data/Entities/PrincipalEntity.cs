namespace Liaison.Data.Entities;

/// <summary>A host principal (e.g. the Director General) whom delegations ask to meet.</summary>
public sealed class PrincipalEntity : ParticipantEntity
{
    /// <summary>Title, not a personal name.</summary>
    public string Title { get; set; } = "";
}
