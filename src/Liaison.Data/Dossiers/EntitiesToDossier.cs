using Liaison.Data.Entities;
using Liaison.Domain;
using Liaison.Domain.Agreements;
using Liaison.Domain.Commitments;
using Liaison.Domain.Records;
using Liaison.Domain.Topics;

namespace Liaison.Data.Dossiers;

/// <summary>Rebuilds the domain objects of an event's follow-up rows, in the order of their <c>Position</c>.</summary>
internal static class EntitiesToDossier
{
    /// <summary>The dossier of <paramref name="entity"/> (loaded with its topics, records, agreements with history, and commitments).</summary>
    public static EventDossier Map(EventEntity entity, Scenario scenario)
    {
        var requestIds = entity.Requests.ToDictionary(r => r.Id, r => r.ScenarioId);
        var topics = entity.Topics.Count == 0
            ? TopicTaxonomy.Default
            : new TopicTaxonomy(entity.Topics.OrderBy(t => t.Position).Select(t => new Topic(t.Code, t.Names, t.Retired)));
        var requestPositions = entity.Requests.ToDictionary(r => r.Id, r => r.Position);
        return new EventDossier(scenario, topics,
            entity.Records.OrderBy(r => requestPositions[r.RequestId]).Select(r => Record(r, requestIds[r.RequestId])),
            entity.Agreements.OrderBy(a => a.Position).Select(Agreement),
            entity.Commitments.OrderBy(c => c.Position).Select(Commitment));
    }

    /// <summary>The record a row holds.</summary>
    public static MeetingRecord Record(MeetingRecordEntity row, string requestId) =>
        new(requestId, row.Start, row.End, row.Attendees.Select(a => new Attendee(a.Name, a.Title, a.Side)), row.TopicCodes,
            row.Summary, row.Outcome, row.Confidentiality, row.Publicity);

    /// <summary>The agreement a row holds (with its history loaded).</summary>
    public static Agreement Agreement(AgreementEntity row) =>
        new(row.ScenarioId, row.Kind, row.Titles, row.PartnerPartyCode, row.PartnerAgencyName, row.OurAgencyName, row.SignedOn,
            row.SignedPlace, row.MeetingRequestId, row.SubjectTopicCodes, row.Status,
            row.History.OrderBy(h => h.Position).Select(h => new AgreementStatusChange(h.From, h.To, h.On, h.By, h.Note)),
            row.EntryIntoForce, row.DurationMonths, row.RenewalDate);

    /// <summary>The commitment a row holds.</summary>
    public static Commitment Commitment(CommitmentEntity row) =>
        new(row.ScenarioId, row.Description, row.OwnerUnit, row.DueDate, row.Status, row.AgreementId, row.MeetingRequestId);
}
