using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Liaison.Domain;
using Liaison.Scheduling;

namespace Liaison.Web.Planning;

/// <summary>
/// What a planner run is given, recorded with the run: a SHA-256 hash over a canonical text of the
/// scenario and options (two runs with equal hashes planned the same thing) and a one-line summary.
/// </summary>
internal static class PlannerInputs
{
    /// <summary>Lower-case hex SHA-256 of the canonical text of <paramref name="scenario"/> and <paramref name="options"/>.</summary>
    public static string Hash(Scenario scenario, PlannerOptions options)
        => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Canonical(scenario, options))));

    /// <summary>E.g. "43 requests, 12 delegations, 1 principals, 3 rooms, 4 interpreters; limit 30 s, seed 1".</summary>
    public static string Summary(Scenario scenario, PlannerOptions options) => string.Create(CultureInfo.InvariantCulture,
        $"{scenario.Requests.Count} requests, {scenario.Delegations.Count} delegations, {scenario.Principals.Count} principals, "
        + $"{scenario.Rooms.Count} rooms, {scenario.Interpreters.Count} interpreters; limit {options.TimeLimit.TotalSeconds} s, seed {options.RandomSeed}");

    private static string Canonical(Scenario s, PlannerOptions options)
    {
        var text = new StringBuilder();
        void Line(FormattableString line) => text.AppendLine(line.ToString(CultureInfo.InvariantCulture));
        Line($"event|{s.Event.TimeZone.Id}|{s.Event.PlanningStepMinutes}|{s.Event.ProtocolBufferMinutes}|{string.Join(",", s.Event.WorkingIntervals)}");
        foreach (var d in s.Delegations)
        {
            Line($"delegation|{d.Id}|{string.Join(",", d.Languages)}|{d.Arrival}|{d.Departure}");
        }

        foreach (var p in s.Principals)
        {
            Line($"principal|{p.Id}|{string.Join(",", p.Languages)}");
        }

        foreach (var r in s.Rooms)
        {
            Line($"room|{r.Id}|{r.Capacity}|{r.SuitableForSigning}");
        }

        foreach (var i in s.Interpreters)
        {
            Line($"interpreter|{i.Id}|{string.Join(",", i.LanguagePairs)}|{string.Join(",", i.Availability)}");
        }

        foreach (var b in s.BlockedTimes)
        {
            Line($"blocked|{b.Id}|{b.Time}|{string.Join(",", b.ParticipantIds)}");
        }

        foreach (var r in s.Requests)
        {
            Line($"request|{r.Id}|{string.Join(",", r.ParticipantIds)}|{r.DurationMinutes}|{r.Priority}|{string.Join(",", r.PreferredWindows)}|{r.NeedsSigningRoom}|{r.ExpectedAttendees}|{(r.Interpretation is null ? "derived" : string.Join(",", r.Interpretation))}|{(r.Lock is { } l ? $"{l.Start}@{l.RoomId}" : "free")}");
        }

        Line($"options|{options.TimeLimit.TotalSeconds}|{options.RandomSeed}");
        return text.ToString();
    }
}
