namespace Liaison.Domain.Agreements;

/// <summary>
/// The moves an agreement's status may make: Draft → UnderNegotiation, Signed or Terminated;
/// UnderNegotiation → Draft, Signed or Terminated; Signed → InForce or Terminated; InForce → Expired or
/// Terminated; Expired and Terminated are final.
/// </summary>
/// <remarks>
/// Liaison's rule, following the status line of treaty registries (UN Treaty Collection: signature, then entry
/// into force, then termination or expiry). A text may be signed straight from draft (an MoU prepared for a
/// signing ceremony); renewal keeps an agreement in force (see <see cref="Agreement.RenewalDate"/>), so nothing
/// comes back from Expired. Thread-safe.
/// </remarks>
public static class AgreementLifecycle
{
    private static readonly Dictionary<AgreementStatus, AgreementStatus[]> Moves = new()
    {
        [AgreementStatus.Draft] = [AgreementStatus.UnderNegotiation, AgreementStatus.Signed, AgreementStatus.Terminated],
        [AgreementStatus.UnderNegotiation] = [AgreementStatus.Draft, AgreementStatus.Signed, AgreementStatus.Terminated],
        [AgreementStatus.Signed] = [AgreementStatus.InForce, AgreementStatus.Terminated],
        [AgreementStatus.InForce] = [AgreementStatus.Expired, AgreementStatus.Terminated],
        [AgreementStatus.Expired] = [],
        [AgreementStatus.Terminated] = [],
    };

    /// <summary>Whether an agreement in <paramref name="from"/> may move to <paramref name="to"/>.</summary>
    /// <param name="from">The current status.</param>
    /// <param name="to">The wanted status.</param>
    public static bool CanMove(AgreementStatus from, AgreementStatus to) => Moves[from].Contains(to);

    /// <summary>The statuses an agreement in <paramref name="from"/> may move to, in lifecycle order; empty when final.</summary>
    /// <param name="from">The current status.</param>
    public static IReadOnlyList<AgreementStatus> NextFrom(AgreementStatus from) => Moves[from];

    /// <summary>Throws unless <paramref name="from"/> may move to <paramref name="to"/>.</summary>
    /// <param name="from">The current status.</param>
    /// <param name="to">The wanted status.</param>
    /// <exception cref="AgreementTransitionException">When the move is not allowed.</exception>
    public static void EnsureCanMove(AgreementStatus from, AgreementStatus to)
    {
        if (!CanMove(from, to))
        {
            throw new AgreementTransitionException(from, to, NextFrom(from));
        }
    }
}
