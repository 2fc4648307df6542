using Liaison.Data;
using Liaison.Data.Entities;
using Liaison.Web.Common;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Requests;

/// <summary>The checks on a request body that need the event's data: who asks, who is asked, the planning step.</summary>
internal static class RequestChecks
{
    /// <summary>The requesting delegation, or a 400 ValidationProblem naming the field at fault.</summary>
    public static async Task<(DelegationEntity? Requester, ValidationProblem? Problem)> CheckAsync(
        LiaisonDbContext db, EventEntity @event, RequestInput input, CancellationToken ct)
    {
        var participants = await db.Set<ParticipantEntity>().Where(p => p.EventId == @event.Id).ToListAsync(ct);
        var requester = participants.OfType<DelegationEntity>().SingleOrDefault(d => d.ScenarioId == input.RequestedBy);
        if (requester is null)
        {
            return (null, ValidationErrors.Single(nameof(input.RequestedBy), $"The event has no delegation '{input.RequestedBy}'."));
        }

        var unknown = input.Invitees.Where(id => participants.All(p => p.ScenarioId != id)).ToList();
        if (unknown.Count > 0)
        {
            return (null, ValidationErrors.Single(nameof(input.Invitees), $"The event has no principal or delegation '{string.Join("', '", unknown)}'."));
        }

        if (input.DurationMinutes % @event.PlanningStepMinutes != 0)
        {
            return (null, ValidationErrors.Single(nameof(input.DurationMinutes),
                $"The duration must be a multiple of the event's planning step of {EventTimes.Text(@event.PlanningStepMinutes)} minutes."));
        }

        return (requester, null);
    }
}
