namespace Liaison.Data.Entities;

/// <summary>What happened to an audited row.</summary>
public enum AuditAction
{
    /// <summary>The row was added.</summary>
    Added,

    /// <summary>The row was changed.</summary>
    Modified,

    /// <summary>The row was deleted.</summary>
    Deleted,

    /// <summary>The row was read out whole in a file (an event exported as an event file); <c>After</c> says what the file left out.</summary>
    Exported,
}
