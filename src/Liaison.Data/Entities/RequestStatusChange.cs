using NodaTime;

namespace Liaison.Data.Entities;

/// <summary>One change of a request's status: from what, to what, why, by whom and when (UTC). Never modified.</summary>
public sealed class RequestStatusChange
{
    /// <summary>Surrogate key.</summary>
    public Guid Id { get; set; }

    /// <summary>The request.</summary>
    public Guid RequestId { get; set; }

    /// <summary>Status before; <c>null</c> for the submission itself.</summary>
    public RequestStatus? From { get; set; }

    /// <summary>Status after.</summary>
    public RequestStatus To { get; set; }

    /// <summary>Why (required when declining).</summary>
    public string? Reason { get; set; }

    /// <summary>User name of whoever made the change, or "cli", or "planner run {id}".</summary>
    public string ChangedBy { get; set; } = "";

    /// <summary>When (UTC).</summary>
    public Instant At { get; set; }
}
