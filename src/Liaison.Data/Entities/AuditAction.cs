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
}
