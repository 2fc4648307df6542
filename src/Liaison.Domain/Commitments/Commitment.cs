using NodaTime;

namespace Liaison.Domain.Commitments;

/// <summary>
/// A follow-up action owed after a meeting or under an agreement: what, which unit owns it, by when.
/// </summary>
/// <remarks>
/// Due dates are calendar dates without a zone; whether one has passed depends on "today", which the caller
/// computes in the event's zone (<see cref="EventTime.Today"/>), so an office in Marrakech and a server in UTC agree.
/// Immutable, thread-safe, compared by value.
/// </remarks>
public sealed record Commitment
{
    /// <summary>Creates a commitment.</summary>
    /// <param name="id">Event-unique id.</param>
    /// <param name="description">What is to be done.</param>
    /// <param name="ownerUnit">The unit that owns it, e.g. "International Cooperation Division".</param>
    /// <param name="dueDate">The last day it may be done on.</param>
    /// <param name="status">Where it stands.</param>
    /// <param name="agreementId">The agreement it falls under, or <c>null</c>.</param>
    /// <param name="meetingRequestId">The meeting it was agreed at, or <c>null</c>; at least one of the two is given.</param>
    /// <exception cref="ArgumentException">On an empty id, description or owner unit, or neither an agreement nor a meeting.</exception>
    public Commitment(string id, string description, string ownerUnit, LocalDate dueDate, CommitmentStatus status,
        string? agreementId, string? meetingRequestId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        ArgumentException.ThrowIfNullOrWhiteSpace(ownerUnit);
        if (string.IsNullOrWhiteSpace(agreementId) && string.IsNullOrWhiteSpace(meetingRequestId))
        {
            throw new ArgumentException($"Commitment '{id}' belongs to neither an agreement nor a meeting; name one of them.", nameof(agreementId));
        }

        Id = id;
        Description = description;
        OwnerUnit = ownerUnit;
        DueDate = dueDate;
        Status = status;
        AgreementId = string.IsNullOrWhiteSpace(agreementId) ? null : agreementId;
        MeetingRequestId = string.IsNullOrWhiteSpace(meetingRequestId) ? null : meetingRequestId;
    }

    /// <summary>Event-unique id.</summary>
    public string Id { get; }

    /// <summary>What is to be done.</summary>
    public string Description { get; }

    /// <summary>The owning unit.</summary>
    public string OwnerUnit { get; }

    /// <summary>The last day it may be done on.</summary>
    public LocalDate DueDate { get; }

    /// <summary>Where it stands.</summary>
    public CommitmentStatus Status { get; }

    /// <summary>The agreement it falls under, or <c>null</c>.</summary>
    public string? AgreementId { get; }

    /// <summary>The meeting it was agreed at, or <c>null</c>.</summary>
    public string? MeetingRequestId { get; }

    /// <summary>Whether work is still owed: open or in progress.</summary>
    public bool IsPending => Status is CommitmentStatus.Open or CommitmentStatus.InProgress;

    /// <summary>Whether it is pending and its due date lies before <paramref name="today"/>.</summary>
    /// <param name="today">Today's date in the event's zone.</param>
    public bool IsOverdue(LocalDate today) => IsPending && DueDate < today;

    /// <summary>
    /// Whether it is pending and due from <paramref name="today"/> to <paramref name="days"/> days later, both
    /// included (0 days: due today). Overdue commitments are not due soon.
    /// </summary>
    /// <param name="today">Today's date in the event's zone.</param>
    /// <param name="days">Days ahead; 0 or more.</param>
    /// <exception cref="ArgumentOutOfRangeException">On a negative <paramref name="days"/>.</exception>
    public bool IsDueWithin(LocalDate today, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        return IsPending && DueDate >= today && DueDate <= today.PlusDays(days);
    }

    /// <summary>This commitment with <paramref name="status"/>; any status may follow any other (a cancelled one may be reopened).</summary>
    /// <param name="status">The new status.</param>
    public Commitment WithStatus(CommitmentStatus status) =>
        new(Id, Description, OwnerUnit, DueDate, status, AgreementId, MeetingRequestId);
}
