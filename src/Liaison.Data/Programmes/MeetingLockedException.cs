namespace Liaison.Data.Programmes;

/// <summary>A locked meeting was asked to move; unlock it first. Nothing was changed.</summary>
public sealed class MeetingLockedException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="meetingId">The locked meeting.</param>
    /// <param name="requestId">Scenario id of its request.</param>
    public MeetingLockedException(Guid meetingId, string requestId)
        : base($"Meeting {requestId} is locked and cannot be moved; unlock it first.")
    {
        MeetingId = meetingId;
        RequestId = requestId;
    }

    /// <summary>The locked meeting.</summary>
    public Guid MeetingId { get; }

    /// <summary>Scenario id of its request.</summary>
    public string RequestId { get; }
}
