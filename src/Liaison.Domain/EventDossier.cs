using Liaison.Domain.Agreements;
using Liaison.Domain.Commitments;
using Liaison.Domain.Records;
using Liaison.Domain.Topics;
using NodaTime;

namespace Liaison.Domain;

/// <summary>
/// The whole of one event: its scenario (event, parties, delegations, requests...), the topic taxonomy, the record
/// of each held meeting, the agreements register and the follow-up commitments.
/// </summary>
/// <remarks>
/// The constructor checks every cross-reference: a record names a request of the scenario (one record per
/// request), an agreement names a party of the scenario and, when it names a meeting, a request that party took
/// part in; a commitment names an agreement of the dossier or a request of the scenario; every topic code of a
/// record or agreement is in the taxonomy (request topics stay free text of the scenario format). Immutable and
/// thread-safe.
/// </remarks>
public sealed class EventDossier
{
    private readonly Dictionary<string, MeetingRecord> _records = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Agreement> _agreements = new(StringComparer.Ordinal);

    /// <summary>Creates a dossier.</summary>
    /// <param name="scenario">The event's scenario.</param>
    /// <param name="topics">The topics records and agreements may name.</param>
    /// <param name="records">Records of held meetings, at most one per request.</param>
    /// <param name="agreements">The agreements register; ids unique.</param>
    /// <param name="commitments">Follow-up commitments; ids unique.</param>
    /// <exception cref="ArgumentException">On a broken cross-reference or a repeated id; the message names both ends.</exception>
    public EventDossier(Scenario scenario, TopicTaxonomy topics, IEnumerable<MeetingRecord> records,
        IEnumerable<Agreement> agreements, IEnumerable<Commitment> commitments)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(topics);
        Scenario = scenario;
        Topics = topics;
        Records = records.ToList();
        Agreements = agreements.ToList();
        Commitments = commitments.ToList();
        foreach (var record in Records)
        {
            CheckRecord(record);
        }

        foreach (var agreement in Agreements)
        {
            CheckAgreement(agreement);
        }

        var commitmentIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var commitment in Commitments)
        {
            Require(commitmentIds.Add(commitment.Id), $"Two commitments share the id '{commitment.Id}'.");
            Require(commitment.AgreementId is null || _agreements.ContainsKey(commitment.AgreementId),
                $"Commitment '{commitment.Id}' falls under unknown agreement '{commitment.AgreementId}'.");
            Require(commitment.MeetingRequestId is null || Scenario.HasRequest(commitment.MeetingRequestId),
                $"Commitment '{commitment.Id}' names unknown meeting request '{commitment.MeetingRequestId}'.");
        }
    }

    /// <summary>The event's scenario.</summary>
    public Scenario Scenario { get; }

    /// <summary>The event.</summary>
    public Event Event => Scenario.Event;

    /// <summary>The topic taxonomy.</summary>
    public TopicTaxonomy Topics { get; }

    /// <summary>Records of held meetings, in the order given.</summary>
    public IReadOnlyList<MeetingRecord> Records { get; }

    /// <summary>The agreements register, in the order given.</summary>
    public IReadOnlyList<Agreement> Agreements { get; }

    /// <summary>Follow-up commitments, in the order given.</summary>
    public IReadOnlyList<Commitment> Commitments { get; }

    /// <summary>A dossier holding only <paramref name="scenario"/>, with the default taxonomy.</summary>
    /// <param name="scenario">The event's scenario.</param>
    public static EventDossier Of(Scenario scenario) => new(scenario, TopicTaxonomy.Default, [], [], []);

    /// <summary>The record of the meeting held for request <paramref name="requestId"/>, or <c>null</c> when none is recorded.</summary>
    /// <param name="requestId">A request id.</param>
    public MeetingRecord? RecordOf(string requestId) => _records.GetValueOrDefault(requestId);

    /// <summary>The agreement with <paramref name="id"/>, or <c>null</c>.</summary>
    /// <param name="id">An agreement id.</param>
    public Agreement? Agreement(string id) => _agreements.GetValueOrDefault(id);

    /// <summary>
    /// The parties of the delegations taking part in request <paramref name="requestId"/> (requester, invitees and
    /// optional attendees that are delegations), each once; the host's principals belong to no partner party.
    /// </summary>
    /// <param name="requestId">A request of the scenario.</param>
    /// <exception cref="KeyNotFoundException">When there is no such request.</exception>
    public IReadOnlyList<string> PartnerPartyCodes(string requestId) => Scenario.PartnerPartyCodes(requestId);

    /// <summary>Today's date in the event's zone at <paramref name="now"/>, for due dates.</summary>
    /// <param name="now">The current instant, from an injected clock.</param>
    public LocalDate Today(Instant now) => EventTime.Today(Event.TimeZone, now);

    private void CheckRecord(MeetingRecord record)
    {
        Require(Scenario.HasRequest(record.RequestId), $"A meeting record names unknown meeting request '{record.RequestId}'.");
        Require(_records.TryAdd(record.RequestId, record), $"Meeting request '{record.RequestId}' has two records; keep one.");
        CheckTopics(record.TopicCodes, $"The record of '{record.RequestId}'");
    }

    private void CheckAgreement(Agreement agreement)
    {
        Require(_agreements.TryAdd(agreement.Id, agreement), $"Two agreements share the id '{agreement.Id}'.");
        Require(Scenario.HasParty(agreement.PartnerPartyCode),
            $"Agreement '{agreement.Id}' names unknown party '{agreement.PartnerPartyCode}'.");
        if (agreement.MeetingRequestId is { } requestId)
        {
            Require(Scenario.HasRequest(requestId), $"Agreement '{agreement.Id}' names unknown meeting request '{requestId}'.");
            Require(PartnerPartyCodes(requestId).Contains(agreement.PartnerPartyCode),
                $"Agreement '{agreement.Id}' is with '{agreement.PartnerPartyCode}', which takes no part in meeting request '{requestId}'.");
        }

        CheckTopics(agreement.SubjectTopicCodes, $"Agreement '{agreement.Id}'");
    }

    private void CheckTopics(IEnumerable<string> codes, string what)
    {
        foreach (var code in codes)
        {
            Require(Topics.Find(code) is not null, $"{what} names topic '{code}', which is not in the event's topics.");
        }
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message);
        }
    }
}
