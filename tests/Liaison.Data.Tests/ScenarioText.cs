using System.Globalization;
using System.Text;
using Liaison.Domain;

namespace Liaison.Data.Tests;

/// <summary>Every field of a scenario as text, in list order, so two scenarios compare field by field with a readable diff.</summary>
internal static class ScenarioText
{
    public static string Describe(Scenario s)
    {
        var text = new StringBuilder();
        void Line(string line) => text.AppendLine(line);
        var e = s.Event;
        Line($"event {e.Name} | {e.Venue} | {e.TimeZone.Id} | step {e.PlanningStepMinutes} | buffer {e.ProtocolBufferMinutes}");
        e.Days.ToList().ForEach(d => Line($"day {d.Date:uuuu-MM-dd} {d.Start:HH:mm}-{d.End:HH:mm}"));
        s.Parties.ToList().ForEach(p => Line($"party {p.Code} {p.Kind} {p.Name} | {p.Region ?? "(none)"}"));
        s.Agencies.ToList().ForEach(a => Line($"agency {a.Id} {a.PartyCode} {a.Name}"));
        s.Principals.ToList().ForEach(p => Line($"principal {p.Id} {p.Title} [{Join(p.Languages)}]"));
        s.Delegations.ToList().ForEach(d => Line($"delegation {d.Id} {d.PartyCode} {d.AgencyId ?? "(none)"} {d.HeadOfDelegation} [{Join(d.Languages)}] {d.Arrival}-{d.Departure}"));
        s.Rooms.ToList().ForEach(r => Line($"room {r.Id} {r.Name} {r.Capacity} {r.SuitableForSigning}"));
        s.Interpreters.ToList().ForEach(i => Line($"interpreter {i.Id} {i.Name} [{Join(i.LanguagePairs)}] [{Join(i.Availability)}]"));
        s.BlockedTimes.ToList().ForEach(b => Line($"blocked {b.Id} {b.Label} {b.Kind} {b.Time} [{Join(b.ParticipantIds)}]"));
        s.Requests.ToList().ForEach(r => Line(
            $"request {r.Id} {r.RequestedBy} [{Join(r.Invitees)}] {r.DurationMinutes} p{r.Priority} [{Join(r.Topics)}] [{Join(r.PreferredWindows)}] "
            + $"{r.NeedsSigningRoom} {r.Publicity} {r.ExpectedAttendees} {(r.Interpretation is null ? "derived" : "[" + Join(r.Interpretation) + "]")}"));
        return text.ToString();
    }

    private static string Join<T>(IEnumerable<T> items) =>
        string.Join(", ", items.Select(i => Convert.ToString(i, CultureInfo.InvariantCulture)));
}
