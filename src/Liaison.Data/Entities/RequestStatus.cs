namespace Liaison.Data.Entities;

/// <summary>
/// Where a meeting request stands. Transitions (see RequestWorkflow): Submitted to
/// Accepted, Declined (with a reason) or Withdrawn; Accepted to Scheduled or Withdrawn; Scheduled
/// to Accepted (taken out of the programme) or Withdrawn. Declined and Withdrawn are final.
/// </summary>
public enum RequestStatus
{
    /// <summary>Received, not yet decided by the protocol office.</summary>
    Submitted,

    /// <summary>Accepted: the planner should place it.</summary>
    Accepted,

    /// <summary>Refused by the protocol office, with a reason.</summary>
    Declined,

    /// <summary>Withdrawn by the requesting delegation or the office.</summary>
    Withdrawn,

    /// <summary>Placed in the programme.</summary>
    Scheduled,
}
