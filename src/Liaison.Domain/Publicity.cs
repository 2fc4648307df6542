namespace Liaison.Domain;

/// <summary>Whether a meeting may be named in public output.</summary>
public enum Publicity
{
    /// <summary>May be named in public output (press summary, public report).</summary>
    Public,

    /// <summary>Counted in public output, never named.</summary>
    Confidential,
}
