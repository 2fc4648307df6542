namespace Liaison.Domain.Agreements;

/// <summary>Thrown when an agreement is asked to make a status move its lifecycle does not allow.</summary>
/// <remarks>The message names both statuses and the allowed next ones, e.g. "An agreement cannot move from Draft
/// to InForce. From Draft it may move to UnderNegotiation, Signed or Terminated."</remarks>
public sealed class AgreementTransitionException : InvalidOperationException
{
    /// <summary>Creates the exception for a refused move.</summary>
    /// <param name="from">The current status.</param>
    /// <param name="to">The refused status.</param>
    /// <param name="allowed">The statuses <paramref name="from"/> may move to.</param>
    public AgreementTransitionException(AgreementStatus from, AgreementStatus to, IReadOnlyList<AgreementStatus> allowed)
        : base(Describe(from, to, allowed))
    {
        ArgumentNullException.ThrowIfNull(allowed);
        From = from;
        To = to;
        Allowed = allowed;
    }

    /// <summary>The current status.</summary>
    public AgreementStatus From { get; }

    /// <summary>The refused status.</summary>
    public AgreementStatus To { get; }

    /// <summary>The statuses the agreement may move to; empty when <see cref="From"/> is final.</summary>
    public IReadOnlyList<AgreementStatus> Allowed { get; }

    private static string Describe(AgreementStatus from, AgreementStatus to, IReadOnlyList<AgreementStatus> allowed)
    {
        var next = allowed.Count switch
        {
            0 => $"{from} is final: it allows no further move.",
            1 => $"From {from} it may move only to {allowed[0]}.",
            _ => $"From {from} it may move to {string.Join(", ", allowed.Take(allowed.Count - 1))} or {allowed[^1]}.",
        };
        return $"An agreement cannot move from {from} to {to}. {next}";
    }
}
