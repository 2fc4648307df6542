using System.Security.Claims;
using Liaison.Data;
using Liaison.Data.Entities;
using Liaison.Data.Requests;
using Liaison.Web.Common;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Requests;

/// <summary>
/// Submitting a meeting request, shared by the API and the requests page: the checks (a liaison
/// officer only for its own delegation, a new scenario id, known participants, the planning
/// step), then the Submitted status with its history entry through <see cref="RequestWorkflow"/>.
/// </summary>
internal static class RequestSubmission
{
    /// <summary>Submits <paramref name="input"/> to the event as <paramref name="user"/>.</summary>
    /// <returns>The stored request, or a ValidationProblem naming the field at fault (nothing stored).</returns>
    public static async Task<(MeetingRequestEntity? Request, ValidationProblem? Problem)> SubmitAsync(
        LiaisonDbContext db, RequestWorkflow workflow, EventEntity @event, RequestInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var bound = await db.BoundScenarioIdAsync(user, ct);
        if (bound is not null && !string.Equals(bound, input.RequestedBy, StringComparison.Ordinal))
        {
            return (null, ValidationErrors.Single(nameof(input.RequestedBy), "A liaison officer submits requests only for its own delegation."));
        }

        if (await db.Set<MeetingRequestEntity>().AnyAsync(r => r.EventId == @event.Id && r.ScenarioId == input.ScenarioId, ct))
        {
            return (null, ValidationErrors.Single(nameof(input.ScenarioId), $"A request with id '{input.ScenarioId}' already exists in this event."));
        }

        var checkedInput = await RequestChecks.CheckAsync(db, @event, input, ct);
        if (checkedInput.Problem is not null)
        {
            return (null, checkedInput.Problem);
        }

        var position = await db.Set<MeetingRequestEntity>().Where(r => r.EventId == @event.Id).MaxAsync(r => (int?)r.Position, ct) ?? -1;
        var request = new MeetingRequestEntity { Id = Guid.NewGuid(), EventId = @event.Id, ScenarioId = input.ScenarioId, Position = position + 1 };
        Apply(request, input, checkedInput.Requester!);
        await workflow.SubmitAsync(request, Who(user), ct);
        return (request, null);
    }

    /// <summary>Copies the input's details onto the request.</summary>
    public static void Apply(MeetingRequestEntity request, RequestInput input, DelegationEntity requester)
    {
        request.RequesterId = requester.Id;
        request.Requester = requester;
        request.InviteeIds = input.Invitees.Distinct(StringComparer.Ordinal).ToList();
        request.DurationMinutes = input.DurationMinutes;
        request.Priority = input.Priority;
        request.Topics = input.Topics?.ToList() ?? [];
        request.NeedsSigningRoom = input.NeedsSigningRoom;
        request.Publicity = input.Publicity;
        request.ExpectedAttendees = input.ExpectedAttendees;
    }

    /// <summary>The user name recorded in histories.</summary>
    public static string Who(ClaimsPrincipal user) => user.Identity?.Name ?? "unknown";
}
