using Liaison.Domain;

namespace Liaison.Web.BlockedTimes;

/// <summary>A blocked time as the API shows it.</summary>
/// <param name="Id">Surrogate id.</param>
/// <param name="ScenarioId">The scenario's own id (unique in the event).</param>
/// <param name="Label">What happens then.</param>
/// <param name="Kind">Plenary, ceremony or other.</param>
/// <param name="Start">UTC start (offset zero).</param>
/// <param name="End">UTC end, exclusive.</param>
/// <param name="StartLocal">The start in the event's zone, ISO 8601 with that day's offset.</param>
/// <param name="EndLocal">The end in the event's zone, ISO 8601 with that day's offset.</param>
/// <param name="TimeZone">The event's IANA zone.</param>
/// <param name="ParticipantIds">Principals and delegations blocked; empty means everyone.</param>
/// <param name="Version">Concurrency version; send it back with a change.</param>
public sealed record BlockedTimeResponse(
    Guid Id, string ScenarioId, string Label, BlockedTimeKind Kind, DateTimeOffset Start, DateTimeOffset End,
    string StartLocal, string EndLocal, string TimeZone, IReadOnlyList<string> ParticipantIds, int Version);
