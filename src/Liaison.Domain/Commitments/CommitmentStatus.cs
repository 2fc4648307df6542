namespace Liaison.Domain.Commitments;

/// <summary>Where a follow-up commitment stands.</summary>
public enum CommitmentStatus
{
    /// <summary>Not started.</summary>
    Open,

    /// <summary>Being worked on.</summary>
    InProgress,

    /// <summary>Done.</summary>
    Done,

    /// <summary>Dropped; no longer due.</summary>
    Cancelled,
}
