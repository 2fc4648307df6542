using System.Text.Json;
using Liaison.Domain;
using Liaison.Domain.Agreements;
using Liaison.Domain.Commitments;
using Liaison.Domain.Records;
using Liaison.Interchange.Scenarios;

namespace Liaison.Interchange.Events;

/// <summary>Writes an event file: the scenario's members, then topics, records, agreements and commitments, times event-local.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class DossierWriter
{
    /// <summary>Writes the whole document; the records of the requests in <paramref name="withheld"/> get <c>"withheld": true</c>.</summary>
    public static void Write(EventDossier dossier, Utf8JsonWriter writer, IReadOnlySet<string> withheld)
    {
        var zone = dossier.Event.TimeZone;
        writer.WriteStartObject();
        ScenarioWriter.WriteMembers(dossier.Scenario, writer);
        ScenarioWriter.WriteArray(writer, "topics", dossier.Topics.All, (w, t) =>
        {
            w.WriteString("code", t.Code);
            ScenarioWriter.WriteTexts(w, "names", t.Names);
            if (t.Retired)
            {
                w.WriteBoolean("retired", true);
            }
        });
        ScenarioWriter.WriteArray(writer, "records", dossier.Records, (w, r) =>
        {
            w.WriteString("request", r.RequestId);
            w.WriteString("start", ScenarioWriter.Local(r.Start, zone));
            w.WriteString("end", ScenarioWriter.Local(r.End, zone));
            ScenarioWriter.WriteArray(w, "attendees", r.Attendees, WriteAttendee);
            ScenarioWriter.WriteStrings(w, "topics", r.TopicCodes);
            ScenarioWriter.WriteIfPresent(w, "summary", r.Summary);
            w.WriteString("outcome", EnumText<MeetingOutcome>.Of(r.Outcome));
            w.WriteString("confidentiality", EnumText<Confidentiality>.Of(r.Confidentiality));
            w.WriteString("publicity", EnumText<Publicity>.Of(r.Publicity));
            if (withheld.Contains(r.RequestId))
            {
                w.WriteBoolean("withheld", true);
            }
        });
        ScenarioWriter.WriteArray(writer, "agreements", dossier.Agreements, WriteAgreement);
        ScenarioWriter.WriteArray(writer, "commitments", dossier.Commitments, (w, c) =>
        {
            w.WriteString("id", c.Id);
            w.WriteString("description", c.Description);
            w.WriteString("ownerUnit", c.OwnerUnit);
            w.WriteString("due", TimeText.Date.Format(c.DueDate));
            w.WriteString("status", EnumText<CommitmentStatus>.Of(c.Status));
            ScenarioWriter.WriteIfPresent(w, "agreement", c.AgreementId);
            ScenarioWriter.WriteIfPresent(w, "request", c.MeetingRequestId);
        });
        writer.WriteEndObject();
    }

    private static void WriteAttendee(Utf8JsonWriter writer, Attendee attendee)
    {
        writer.WriteString("name", attendee.Name);
        ScenarioWriter.WriteIfPresent(writer, "title", attendee.Title);
        writer.WriteString("side", EnumText<AttendeeSide>.Of(attendee.Side));
    }

    private static void WriteAgreement(Utf8JsonWriter writer, Agreement agreement)
    {
        writer.WriteString("id", agreement.Id);
        writer.WriteString("kind", EnumText<AgreementKind>.Of(agreement.Kind));
        ScenarioWriter.WriteTexts(writer, "titles", agreement.Titles);
        writer.WriteString("party", agreement.PartnerPartyCode);
        ScenarioWriter.WriteIfPresent(writer, "partnerAgency", agreement.PartnerAgencyName);
        ScenarioWriter.WriteIfPresent(writer, "ourAgency", agreement.OurAgencyName);
        WriteDate(writer, "signedOn", agreement.SignedOn);
        ScenarioWriter.WriteIfPresent(writer, "signedPlace", agreement.SignedPlace);
        ScenarioWriter.WriteIfPresent(writer, "request", agreement.MeetingRequestId);
        ScenarioWriter.WriteStrings(writer, "subjects", agreement.SubjectTopicCodes);
        writer.WriteString("status", EnumText<AgreementStatus>.Of(agreement.Status));
        ScenarioWriter.WriteArray(writer, "history", agreement.History, (w, h) =>
        {
            w.WriteString("from", EnumText<AgreementStatus>.Of(h.From));
            w.WriteString("to", EnumText<AgreementStatus>.Of(h.To));
            w.WriteString("on", TimeText.Date.Format(h.On));
            w.WriteString("by", h.By);
            ScenarioWriter.WriteIfPresent(w, "note", h.Note);
        });
        WriteDate(writer, "entryIntoForce", agreement.EntryIntoForce);
        if (agreement.DurationMonths is { } months)
        {
            writer.WriteNumber("durationMonths", months);
        }

        WriteDate(writer, "renewalDate", agreement.RenewalDate);
    }

    private static void WriteDate(Utf8JsonWriter writer, string name, NodaTime.LocalDate? date)
    {
        if (date is { } d)
        {
            writer.WriteString(name, TimeText.Date.Format(d));
        }
    }
}
