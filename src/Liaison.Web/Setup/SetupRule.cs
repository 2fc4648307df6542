namespace Liaison.Web.Setup;

/// <summary>A rule of the event set-up that needs the database to check (the inputs' attributes state the rest).</summary>
public enum SetupRule
{
    /// <summary>The event, or the row to edit, does not exist.</summary>
    NotFound,

    /// <summary>Another row of the event already has this scenario id (principals and delegations share one namespace).</summary>
    DuplicateId,

    /// <summary>The scenario id of an existing row cannot change: requests and meetings refer to it.</summary>
    IdFixed,
}
