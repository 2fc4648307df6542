using Liaison.Domain.Commitments;
using NodaTime;

namespace Liaison.Data.Entities;

/// <summary>A follow-up commitment of an event's agreement or meeting.</summary>
public sealed class CommitmentEntity : IVersioned
{
    /// <summary>Surrogate key.</summary>
    public Guid Id { get; set; }

    /// <summary>The event.</summary>
    public Guid EventId { get; set; }

    /// <summary>The id it has in event files; unique per event.</summary>
    public string ScenarioId { get; set; } = "";

    /// <summary>Position in the event's list (0-based).</summary>
    public int Position { get; set; }

    /// <summary>What is to be done.</summary>
    public string Description { get; set; } = "";

    /// <summary>The owning unit.</summary>
    public string OwnerUnit { get; set; } = "";

    /// <summary>The last day it may be done on.</summary>
    public LocalDate DueDate { get; set; }

    /// <summary>Where it stands.</summary>
    public CommitmentStatus Status { get; set; }

    /// <summary>Scenario id of the agreement it falls under, or <c>null</c>.</summary>
    public string? AgreementId { get; set; }

    /// <summary>Scenario id of the meeting request it was agreed at, or <c>null</c>.</summary>
    public string? MeetingRequestId { get; set; }

    /// <inheritdoc />
    public int Version { get; set; } = 1;
}
