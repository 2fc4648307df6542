using System.Text.Json;
using Liaison.Domain;
using Liaison.Domain.Programmes;

namespace Liaison.Interchange.Programmes;

/// <summary>Writes programme.json (docs/programme.md): deterministic, with no time of writing in it.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class ProgrammeJsonWriter
{
    /// <summary>Writes the document.</summary>
    public static void Write(Scenario scenario, Programme programme, ObjectiveReport objective, Utf8JsonWriter writer)
    {
        var zone = scenario.Event.TimeZone;
        writer.WriteStartObject();
        writer.WriteString("event", scenario.Event.Name);
        writer.WriteString("timeZone", zone.Id);
        writer.WriteNumber("placed", programme.Meetings.Count);
        writer.WriteNumber("requests", scenario.Requests.Count);
        writer.WriteStartArray("meetings");
        foreach (var facts in MeetingFacts.Of(scenario, programme))
        {
            WriteMeeting(facts, writer);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("unplaced");
        foreach (var unplaced in programme.Unplaced.OrderBy(u => u.RequestId, StringComparer.Ordinal))
        {
            writer.WriteStartObject();
            writer.WriteString("requestId", unplaced.RequestId);
            writer.WriteString("reason", unplaced.Detail);
            writer.WriteString("reasonCode", ReasonCodes.Of(unplaced.Reason));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartObject("objective");
        writer.WriteNumber("value", objective.Value);
        writer.WriteNumber("bound", objective.Bound);
        writer.WriteBoolean("optimal", objective.IsOptimal);
        writer.WriteNumber("gap", Math.Round(objective.Gap, 6));
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteMeeting(MeetingFacts facts, Utf8JsonWriter writer)
    {
        var meeting = facts.Meeting;
        writer.WriteStartObject();
        writer.WriteString("requestId", meeting.RequestId);
        writer.WriteString("start", TimeText.WithOffset.Format(facts.Start.ToOffsetDateTime()));
        writer.WriteString("end", TimeText.WithOffset.Format(facts.End.ToOffsetDateTime()));
        writer.WriteString("room", meeting.RoomId);
        writer.WriteString("roomName", facts.Room.Name);
        WriteStrings(writer, "participants", meeting.ParticipantIds);
        WriteStrings(writer, "counterparts", facts.Counterparts.Select(p => p.Code));
        WriteStrings(writer, "interpreters", meeting.InterpreterIds);
        writer.WriteBoolean("locked", meeting.Locked);
        writer.WriteString("publicity", facts.PublicityText);
        WriteStrings(writer, "topics", facts.Request.Topics);
        writer.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
