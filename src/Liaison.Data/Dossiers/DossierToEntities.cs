using Liaison.Data.Entities;
using Liaison.Domain;
using Liaison.Domain.Agreements;
using Liaison.Domain.Commitments;
using Liaison.Domain.Records;

namespace Liaison.Data.Dossiers;

/// <summary>Builds the rows of an event's topics, records, agreements and commitments, keeping every list's order in <c>Position</c>.</summary>
internal static class DossierToEntities
{
    /// <summary>Adds the dossier's own rows to <paramref name="entity"/>, whose requests are already mapped.</summary>
    public static void Fill(EventEntity entity, EventDossier dossier)
    {
        var requests = entity.Requests.ToDictionary(r => r.ScenarioId, StringComparer.Ordinal);
        entity.Topics = dossier.Topics.All.Select((t, i) => new TopicEntity
        {
            Id = Guid.NewGuid(), EventId = entity.Id, Position = i, Code = t.Code, Names = new Dictionary<string, string>(t.Names),
            Retired = t.Retired,
        }).ToList();
        entity.Records = dossier.Records.Select(r => Record(entity.Id, requests[r.RequestId].Id, r)).ToList();
        entity.Agreements = dossier.Agreements.Select((a, i) => Agreement(entity.Id, i, a)).ToList();
        entity.Commitments = dossier.Commitments.Select((c, i) => Commitment(entity.Id, i, c)).ToList();
    }

    /// <summary>A new row for <paramref name="record"/>.</summary>
    public static MeetingRecordEntity Record(Guid eventId, Guid requestId, MeetingRecord record) =>
        Apply(new MeetingRecordEntity { Id = Guid.NewGuid(), EventId = eventId, RequestId = requestId }, record);

    /// <summary>Copies <paramref name="record"/>'s values onto <paramref name="row"/>.</summary>
    public static MeetingRecordEntity Apply(MeetingRecordEntity row, MeetingRecord record)
    {
        row.Start = record.Start;
        row.End = record.End;
        row.Attendees = record.Attendees.Select(a => new StoredAttendee(a.Name, a.Title, a.Side)).ToList();
        row.TopicCodes = [.. record.TopicCodes];
        row.Summary = record.Summary;
        row.Outcome = record.Outcome;
        row.Confidentiality = record.Confidentiality;
        row.Publicity = record.Publicity;
        return row;
    }

    /// <summary>A new row for <paramref name="agreement"/> with its history.</summary>
    public static AgreementEntity Agreement(Guid eventId, int position, Agreement agreement)
    {
        var row = new AgreementEntity { Id = Guid.NewGuid(), EventId = eventId, Position = position, ScenarioId = agreement.Id };
        ApplyFacts(row, agreement);
        ApplyStatus(row, agreement);
        return row;
    }

    /// <summary>
    /// Copies the register facts of <paramref name="agreement"/> (kind, titles, parties, signature, meeting, subjects, entry
    /// into force, duration, renewal) onto <paramref name="row"/>; status and history are left to <see cref="ApplyStatus"/>.
    /// </summary>
    public static void ApplyFacts(AgreementEntity row, Agreement agreement)
    {
        row.Kind = agreement.Kind;
        row.Titles = new Dictionary<string, string>(agreement.Titles);
        row.PartnerPartyCode = agreement.PartnerPartyCode;
        row.PartnerAgencyName = agreement.PartnerAgencyName;
        row.OurAgencyName = agreement.OurAgencyName;
        row.SignedOn = agreement.SignedOn;
        row.SignedPlace = agreement.SignedPlace;
        row.MeetingRequestId = agreement.MeetingRequestId;
        row.SubjectTopicCodes = [.. agreement.SubjectTopicCodes];
        row.EntryIntoForce = agreement.EntryIntoForce;
        row.DurationMonths = agreement.DurationMonths;
        row.RenewalDate = agreement.RenewalDate;
    }

    /// <summary>
    /// Copies the status, the dates the lifecycle may fill and any history entries not yet stored from
    /// <paramref name="agreement"/> onto <paramref name="row"/>; stored history rows are never changed.
    /// </summary>
    /// <returns>The history rows added, for the caller to add to a context that tracks <paramref name="row"/>.</returns>
    public static IReadOnlyList<AgreementStatusChangeEntity> ApplyStatus(AgreementEntity row, Agreement agreement)
    {
        row.Status = agreement.Status;
        row.SignedOn = agreement.SignedOn;
        row.EntryIntoForce = agreement.EntryIntoForce;
        var added = agreement.History.Select((change, position) => (change, position)).Skip(row.History.Count)
            .Select(c => new AgreementStatusChangeEntity
            {
                Id = Guid.NewGuid(), AgreementId = row.Id, Position = c.position, From = c.change.From, To = c.change.To,
                On = c.change.On, By = c.change.By, Note = c.change.Note,
            })
            .ToList();
        row.History.AddRange(added);
        return added;
    }

    /// <summary>A new row for <paramref name="commitment"/>.</summary>
    public static CommitmentEntity Commitment(Guid eventId, int position, Commitment commitment) =>
        Apply(new CommitmentEntity { Id = Guid.NewGuid(), EventId = eventId, Position = position, ScenarioId = commitment.Id }, commitment);

    /// <summary>Copies <paramref name="commitment"/>'s values onto <paramref name="row"/>.</summary>
    public static CommitmentEntity Apply(CommitmentEntity row, Commitment commitment)
    {
        row.Description = commitment.Description;
        row.OwnerUnit = commitment.OwnerUnit;
        row.DueDate = commitment.DueDate;
        row.Status = commitment.Status;
        row.AgreementId = commitment.AgreementId;
        row.MeetingRequestId = commitment.MeetingRequestId;
        return row;
    }
}
