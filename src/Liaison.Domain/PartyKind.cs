namespace Liaison.Domain;

/// <summary>What a party to a meeting or agreement is.</summary>
public enum PartyKind
{
    /// <summary>A state, identified by its ISO 3166-1 alpha-2 code (e.g. <c>NO</c>).</summary>
    Country,

    /// <summary>An international organisation, identified by a short code of Liaison's list (see docs/scenario.md, e.g. <c>UN</c>, <c>AIMC</c>).</summary>
    Organisation,
}
