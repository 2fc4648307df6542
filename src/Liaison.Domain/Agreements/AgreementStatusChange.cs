using NodaTime;

namespace Liaison.Domain.Agreements;

/// <summary>One recorded move of an agreement from one status to another.</summary>
/// <remarks>Immutable, thread-safe, compared by value.</remarks>
public sealed record AgreementStatusChange
{
    /// <summary>Creates a status change.</summary>
    /// <param name="from">The status before.</param>
    /// <param name="to">The status after; a move <see cref="AgreementLifecycle.CanMove"/> allows.</param>
    /// <param name="on">The date of the change (the date in the event's zone, or the legal date of the act).</param>
    /// <param name="by">Who recorded it (a user name).</param>
    /// <param name="note">Why, or <c>null</c>.</param>
    /// <exception cref="AgreementTransitionException">When the lifecycle does not allow the move.</exception>
    /// <exception cref="ArgumentException">On an empty <paramref name="by"/>.</exception>
    public AgreementStatusChange(AgreementStatus from, AgreementStatus to, LocalDate on, string by, string? note)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        AgreementLifecycle.EnsureCanMove(from, to);
        From = from;
        To = to;
        On = on;
        By = by;
        Note = string.IsNullOrWhiteSpace(note) ? null : note;
    }

    /// <summary>The status before.</summary>
    public AgreementStatus From { get; }

    /// <summary>The status after.</summary>
    public AgreementStatus To { get; }

    /// <summary>The date of the change.</summary>
    public LocalDate On { get; }

    /// <summary>Who recorded it.</summary>
    public string By { get; }

    /// <summary>Why, or <c>null</c>.</summary>
    public string? Note { get; }
}
