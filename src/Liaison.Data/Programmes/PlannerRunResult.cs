using System.Text.Json;
using Liaison.Domain.Programmes;
using NodaTime.Text;

namespace Liaison.Data.Programmes;

/// <summary>The JSON kept in <see cref="Entities.PlannerRunEntity.ResultJson"/>: meetings (UTC ISO 8601) and unplaced requests with reasons.</summary>
internal static class PlannerRunResult
{
    public static string ToJson(Programme programme) => JsonSerializer.Serialize(new
    {
        meetings = programme.Meetings.Select(m => new
        {
            request = m.RequestId,
            room = m.RoomId,
            start = InstantPattern.ExtendedIso.Format(m.Time.Start),
            end = InstantPattern.ExtendedIso.Format(m.Time.End),
            participants = m.ParticipantIds,
            interpreters = m.InterpreterIds,
            locked = m.Locked,
        }),
        unplaced = programme.Unplaced.Select(u => new { request = u.RequestId, reason = u.Reason.ToString(), detail = u.Detail }),
    });

    public static IEnumerable<UnplacedRequest> Unplaced(string? json)
    {
        if (json is null)
        {
            yield break;
        }

        using var document = JsonDocument.Parse(json);
        foreach (var item in document.RootElement.GetProperty("unplaced").EnumerateArray())
        {
            yield return new UnplacedRequest(
                item.GetProperty("request").GetString()!,
                Enum.Parse<UnplacedReason>(item.GetProperty("reason").GetString()!),
                item.GetProperty("detail").GetString()!);
        }
    }
}
