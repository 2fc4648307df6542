using Liaison.Domain.Commitments;

namespace Liaison.Domain.Partners;

/// <summary>A commitment in a partner's history, at the start of its due date.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class PartnerCommitment : PartnerHistoryEntry
{
    /// <summary>Creates the entry.</summary>
    /// <param name="dossier">The event.</param>
    /// <param name="commitment">The commitment.</param>
    public PartnerCommitment(EventDossier dossier, Commitment commitment)
        : base(dossier, StartOf(dossier, (commitment ?? throw new ArgumentNullException(nameof(commitment))).DueDate)) => Commitment = commitment;

    /// <summary>The commitment.</summary>
    public Commitment Commitment { get; }

    /// <inheritdoc />
    public override bool IsTie => false;

    /// <inheritdoc />
    public override string ItemId => Commitment.Id;
}
