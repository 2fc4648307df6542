using System.Text.Json;
using Liaison.Domain;
using NodaTime;

namespace Liaison.Interchange.Scenarios;

/// <summary>Writes a scenario in format version 1 (docs/scenario.md), every time event-local.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class ScenarioWriter
{
    /// <summary>Writes the whole document.</summary>
    public static void Write(Scenario scenario, Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        WriteMembers(scenario, writer);
        writer.WriteEndObject();
    }

    /// <summary>Writes the scenario's members into an object the caller has started, so an event file can add its sections.</summary>
    public static void WriteMembers(Scenario scenario, Utf8JsonWriter writer)
    {
        var zone = scenario.Event.TimeZone;
        writer.WriteNumber("formatVersion", ScenarioReader.FormatVersion);
        WriteEvent(scenario.Event, writer);
        WriteArray(writer, "parties", scenario.Parties, (w, p) =>
        {
            w.WriteString("code", p.Code);
            w.WriteString("kind", p.Kind == PartyKind.Country ? "country" : "organisation");
            w.WriteString("name", p.Name);
            WriteIfPresent(w, "region", p.Region);
            if (p.Names.Count > 0)
            {
                WriteTexts(w, "names", p.Names);
            }
        });
        WriteArray(writer, "agencies", scenario.Agencies, (w, a) =>
        {
            w.WriteString("id", a.Id);
            w.WriteString("party", a.PartyCode);
            w.WriteString("name", a.Name);
        });
        WriteArray(writer, "principals", scenario.Principals, (w, p) =>
        {
            w.WriteString("id", p.Id);
            w.WriteString("title", p.Title);
            WriteStrings(w, "languages", p.Languages);
        });
        WriteArray(writer, "delegations", scenario.Delegations, (w, d) =>
        {
            w.WriteString("id", d.Id);
            w.WriteString("party", d.PartyCode);
            WriteIfPresent(w, "agency", d.AgencyId);
            w.WriteString("headOfDelegation", d.HeadOfDelegation);
            WriteStrings(w, "languages", d.Languages);
            w.WriteString("arrival", Local(d.Arrival, zone));
            w.WriteString("departure", Local(d.Departure, zone));
        });
        if (scenario.Venues.Count > 0)
        {
            WriteArray(writer, "venues", scenario.Venues, (w, v) =>
            {
                w.WriteString("id", v.Id);
                w.WriteString("name", v.Name);
            });
            WriteArray(writer, "travelTimes", scenario.TravelTimes, (w, t) =>
            {
                w.WriteString("from", t.FromVenueId);
                w.WriteString("to", t.ToVenueId);
                w.WriteNumber("minutes", t.Minutes);
            });
        }

        WriteArray(writer, "rooms", scenario.Rooms, (w, r) =>
        {
            w.WriteString("id", r.Id);
            w.WriteString("name", r.Name);
            w.WriteNumber("capacity", r.Capacity);
            w.WriteBoolean("signing", r.SuitableForSigning);
            if (r.Features.Count > 0)
            {
                WriteStrings(w, "features", r.Features.Order(StringComparer.Ordinal));
            }

            WriteIfPresent(w, "venue", r.VenueId);
        });
        WriteArray(writer, "interpreters", scenario.Interpreters, (w, i) =>
        {
            w.WriteString("id", i.Id);
            w.WriteString("name", i.Name);
            WriteStrings(w, "languagePairs", i.LanguagePairs.Select(p => p.ToString()));
            WriteIntervals(w, "availability", i.Availability, zone);
        });
        WriteArray(writer, "blockedTimes", scenario.BlockedTimes, (w, b) =>
        {
            w.WriteString("id", b.Id);
            w.WriteString("label", b.Label);
            w.WriteString("kind", b.Kind.ToString().ToLowerInvariant());
            w.WriteString("start", Local(b.Time.Start, zone));
            w.WriteString("end", Local(b.Time.End, zone));
            WriteStrings(w, "participants", b.ParticipantIds);
        });
        WriteArray(writer, "requests", scenario.Requests, (w, r) => WriteRequest(w, r, zone));
    }

    private static void WriteEvent(Event @event, Utf8JsonWriter writer)
    {
        writer.WriteStartObject("event");
        writer.WriteString("name", @event.Name);
        writer.WriteString("venue", @event.Venue);
        writer.WriteString("timeZone", @event.TimeZone.Id);
        writer.WriteNumber("planningStepMinutes", @event.PlanningStepMinutes);
        writer.WriteNumber("protocolBufferMinutes", @event.ProtocolBufferMinutes);
        WriteArray(writer, "days", @event.Days, (w, d) =>
        {
            w.WriteString("date", TimeText.Date.Format(d.Date));
            w.WriteString("start", TimeText.TimeOfDay.Format(d.Start));
            w.WriteString("end", TimeText.TimeOfDay.Format(d.End));
        });
        writer.WriteEndObject();
    }

    private static void WriteRequest(Utf8JsonWriter writer, MeetingRequest request, DateTimeZone zone)
    {
        writer.WriteString("id", request.Id);
        writer.WriteString("requestedBy", request.RequestedBy);
        WriteStrings(writer, "invitees", request.Invitees);
        writer.WriteNumber("durationMinutes", request.DurationMinutes);
        writer.WriteNumber("priority", request.Priority);
        WriteStrings(writer, "topics", request.Topics);
        WriteIntervals(writer, "preferredWindows", request.PreferredWindows, zone);
        writer.WriteBoolean("signing", request.NeedsSigningRoom);
        writer.WriteString("publicity", request.Publicity == Publicity.Public ? "public" : "confidential");
        writer.WriteNumber("expectedAttendees", request.ExpectedAttendees);
        if (request.Interpretation is { } pairs)
        {
            WriteStrings(writer, "interpretation", pairs.Select(p => p.ToString()));
        }

        if (request.OptionalAttendees.Count > 0)
        {
            WriteStrings(writer, "optionalAttendees", request.OptionalAttendees);
        }

        if (request.RequiredFeatures.Count > 0)
        {
            WriteStrings(writer, "requiredFeatures", request.RequiredFeatures);
        }

        if (request.Lock is { } pinned)
        {
            writer.WriteStartObject("lock");
            writer.WriteString("start", Local(pinned.Start, zone));
            writer.WriteString("room", pinned.RoomId);
            writer.WriteEndObject();
        }
    }

    /// <summary>An instant as event-local text, e.g. <c>2024-11-25T09:30</c>.</summary>
    public static string Local(Instant instant, DateTimeZone zone) => TimeText.FormatLocal(instant.InZone(zone).LocalDateTime);

    /// <summary>Writes texts keyed by language tag as an object, e.g. <c>"names": { "ar": "...", "en": "..." }</c>.</summary>
    public static void WriteTexts(Utf8JsonWriter writer, string name, IReadOnlyDictionary<string, string> texts)
    {
        writer.WriteStartObject(name);
        foreach (var (language, text) in texts)
        {
            writer.WriteString(language, text);
        }

        writer.WriteEndObject();
    }

    private static void WriteIntervals(Utf8JsonWriter writer, string name, IEnumerable<Interval> intervals, DateTimeZone zone) =>
        WriteArray(writer, name, intervals, (w, i) =>
        {
            w.WriteString("start", Local(i.Start, zone));
            w.WriteString("end", Local(i.End, zone));
        });

    /// <summary>Writes a list of objects, each filled by <paramref name="writeMembers"/>.</summary>
    public static void WriteArray<T>(Utf8JsonWriter writer, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> writeMembers)
    {
        writer.WriteStartArray(name);
        foreach (var item in items)
        {
            writer.WriteStartObject();
            writeMembers(writer, item);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes a list of strings.</summary>
    public static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes a string member unless <paramref name="value"/> is <c>null</c>.</summary>
    public static void WriteIfPresent(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
