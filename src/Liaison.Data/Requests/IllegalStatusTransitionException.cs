using Liaison.Data.Entities;

namespace Liaison.Data.Requests;

/// <summary>A status change that the request lifecycle does not allow (see <see cref="RequestWorkflow"/>); nothing was changed.</summary>
public sealed class IllegalStatusTransitionException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="requestId">Scenario id of the request.</param>
    /// <param name="from">Its current status.</param>
    /// <param name="to">The status asked for.</param>
    public IllegalStatusTransitionException(string requestId, RequestStatus from, RequestStatus to)
        : base($"Request {requestId} is {from} and cannot become {to}. From {from} it can become: "
               + (RequestWorkflow.NextStatuses(from) is { Count: > 0 } next ? string.Join(", ", next) : "nothing (it is final)") + ".")
    {
        RequestId = requestId;
        From = from;
        To = to;
    }

    /// <summary>Scenario id of the request.</summary>
    public string RequestId { get; }

    /// <summary>Its current status.</summary>
    public RequestStatus From { get; }

    /// <summary>The status asked for.</summary>
    public RequestStatus To { get; }
}
