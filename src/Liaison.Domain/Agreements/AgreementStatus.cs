namespace Liaison.Domain.Agreements;

/// <summary>Where an agreement stands; <see cref="AgreementLifecycle"/> says which moves are allowed.</summary>
public enum AgreementStatus
{
    /// <summary>A text is being drafted.</summary>
    Draft,

    /// <summary>The parties are negotiating the text.</summary>
    UnderNegotiation,

    /// <summary>Signed by the parties, not yet in force.</summary>
#pragma warning disable CA1720 // "Signed" is the treaty registers' word for the status, not the integer type's keyword.
    Signed,
#pragma warning restore CA1720

    /// <summary>In force.</summary>
    InForce,

    /// <summary>Its duration has run out without renewal. Final.</summary>
    Expired,

    /// <summary>Ended by a party, or abandoned before signature. Final.</summary>
    Terminated,
}
