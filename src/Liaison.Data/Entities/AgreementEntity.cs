using Liaison.Domain.Agreements;
using NodaTime;

namespace Liaison.Data.Entities;

/// <summary>An entry of an event's agreements register; its status changes only through AgreementStore, which records each move.</summary>
public sealed class AgreementEntity : IVersioned
{
    /// <summary>Surrogate key.</summary>
    public Guid Id { get; set; }

    /// <summary>The event whose register holds it.</summary>
    public Guid EventId { get; set; }

    /// <summary>The id it has in event files; unique per event.</summary>
    public string ScenarioId { get; set; } = "";

    /// <summary>Position in the register (0-based).</summary>
    public int Position { get; set; }

    /// <summary>The instrument.</summary>
    public AgreementKind Kind { get; set; }

    /// <summary>Titles by language tag; stored as a JSON object.</summary>
    public Dictionary<string, string> Titles { get; set; } = [];

    /// <summary>The partner's party code.</summary>
    public string PartnerPartyCode { get; set; } = "";

    /// <summary>The partner agency, or <c>null</c>.</summary>
    public string? PartnerAgencyName { get; set; }

    /// <summary>Our signing agency, or <c>null</c>.</summary>
    public string? OurAgencyName { get; set; }

    /// <summary>Date of signature, or <c>null</c>.</summary>
    public LocalDate? SignedOn { get; set; }

    /// <summary>Place of signature, or <c>null</c>.</summary>
    public string? SignedPlace { get; set; }

    /// <summary>Scenario id of the meeting request at which it was signed or agreed, or <c>null</c>.</summary>
    public string? MeetingRequestId { get; set; }

    /// <summary>Subject topic codes, in order.</summary>
    public List<string> SubjectTopicCodes { get; set; } = [];

    /// <summary>The current status.</summary>
    public AgreementStatus Status { get; set; }

    /// <summary>Date of entry into force, or <c>null</c>.</summary>
    public LocalDate? EntryIntoForce { get; set; }

    /// <summary>Duration in months, or <c>null</c>.</summary>
    public int? DurationMonths { get; set; }

    /// <summary>Renewal date, or <c>null</c>.</summary>
    public LocalDate? RenewalDate { get; set; }

    /// <summary>Recorded status moves, oldest first by <see cref="AgreementStatusChangeEntity.Position"/>.</summary>
    public List<AgreementStatusChangeEntity> History { get; set; } = [];

    /// <summary>Signed document files.</summary>
    public List<AgreementDocumentEntity> Documents { get; set; } = [];

    /// <inheritdoc />
    public int Version { get; set; } = 1;
}
