using Liaison.Domain.Records;

namespace Liaison.Domain.Partners;

/// <summary>A held meeting in a partner's history, at its start.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class PartnerMeeting : PartnerHistoryEntry
{
    /// <summary>Creates the entry.</summary>
    /// <param name="dossier">The event.</param>
    /// <param name="record">The meeting's record.</param>
    public PartnerMeeting(EventDossier dossier, MeetingRecord record)
        : base(dossier, (record ?? throw new ArgumentNullException(nameof(record))).Start) => Record = record;

    /// <summary>The meeting's record.</summary>
    public MeetingRecord Record { get; }

    /// <inheritdoc />
    public override bool IsTie => true;

    /// <inheritdoc />
    public override string ItemId => Record.RequestId;
}
