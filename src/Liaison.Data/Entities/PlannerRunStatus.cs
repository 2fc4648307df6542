namespace Liaison.Data.Entities;

/// <summary>Where a planner run stands.</summary>
public enum PlannerRunStatus
{
    /// <summary>Started and not yet finished.</summary>
    Running,

    /// <summary>Finished; its programme was saved.</summary>
    Completed,

    /// <summary>Stopped at a user's request; nothing was saved.</summary>
    Cancelled,

    /// <summary>Ended by an error; nothing was saved.</summary>
    Failed,
}
