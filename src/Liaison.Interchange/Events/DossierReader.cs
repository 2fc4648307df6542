using System.Text.Json;
using Liaison.Domain;
using Liaison.Domain.Commitments;
using Liaison.Domain.Records;
using Liaison.Domain.Topics;
using Liaison.Interchange.Json;
using Liaison.Interchange.Scenarios;

namespace Liaison.Interchange.Events;

/// <summary>
/// Reads an event file: the scenario, then the sections <c>topics</c>, <c>records</c>, <c>agreements</c> and
/// <c>commitments</c> (docs/scenario.md, "Event file"), reporting every problem with its JSON path and building the
/// <see cref="EventDossier"/> only when none was found.
/// </summary>
/// <remarks>
/// References are checked against the scenario when it could be built; when the scenario itself has problems they are
/// reported and references into it are not, so one mistake does not cascade. Shape problems (types, dates, lists of
/// allowed values) are reported per member; the remaining rules of a domain object (e.g. an agreement's dates) are
/// its constructor's, reported at the object's path. One instance reads one document; not thread-safe.
/// </remarks>
internal sealed partial class DossierReader
{
    private readonly ProblemList _problems;
    private readonly Scenario? _scenario;
    private readonly LocalTimeReader _times;
    private readonly HashSet<string> _agreementIds = new(StringComparer.Ordinal);
    private TopicTaxonomy _topics = TopicTaxonomy.Default;

    private DossierReader(ProblemList problems, Scenario? scenario)
    {
        _problems = problems;
        _scenario = scenario;
        _times = new LocalTimeReader(problems) { Zone = scenario?.Event.TimeZone };
    }

    /// <summary>Validates <paramref name="root"/> and builds the dossier.</summary>
    /// <param name="root">The parsed document.</param>
    /// <param name="problems">Receives every problem; thrown as <see cref="InvalidFileException"/> at the end.</param>
    /// <exception cref="InvalidFileException">When any problem was found.</exception>
    public static EventDossier Read(JsonElement root, ProblemList problems)
    {
        var scenario = ScenarioReader.ReadAll(root, problems);
        var obj = JsonObjectReader.Reopen(new JsonItem(root, "$"), problems);
        if (obj is null)
        {
            problems.ThrowIfAny();
        }

        var reader = new DossierReader(problems, scenario);
        reader.ReadTopics(obj!);
        var records = reader.ReadRecords(obj!);
        var agreements = reader.ReadAgreements(obj!);
        var commitments = reader.ReadCommitments(obj!);
        problems.ThrowIfAny();
        return new EventDossier(scenario!, reader._topics, records, agreements, commitments);
    }

    private void ReadTopics(JsonObjectReader root)
    {
        var items = root.Array("topics", required: false);
        if (items is null)
        {
            return;
        }

        var topics = new List<Topic>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var obj = JsonObjectReader.Open(item, _problems, "code", "names", "retired");
            var code = obj?.String("code", required: true);
            var names = obj?.LanguageTexts("names", required: true);
            var retired = obj?.Bool("retired", required: false) ?? false;
            if (obj is null || code is null)
            {
                continue;
            }

            if (!Topic.IsValidCode(code))
            {
                _problems.Add(obj.PathOf("code"), $"'{code}' is not a topic code", "use lower-case words joined by hyphens, e.g. \"cross-border-crime\" (at most 40 characters)");
            }
            else if (!codes.Add(code))
            {
                _problems.Add(obj.PathOf("code"), $"the topic '{code}' is listed twice", "list each topic once");
            }
            else if (names is not null && MissingLanguages(names) is { Length: > 0 } missing)
            {
                _problems.Add(obj.PathOf("names"), $"the topic '{code}' has no name in {missing}", "name every topic in Arabic, English, Spanish and French: \"ar\", \"en\", \"es\", \"fr\"");
            }
            else if (names is not null)
            {
                topics.Add(new Topic(code, names, retired));
            }
        }

        _topics = new TopicTaxonomy(topics);
    }

    private List<MeetingRecord> ReadRecords(JsonObjectReader root)
    {
        var records = new List<MeetingRecord>();
        var recorded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in root.Array("records", required: false) ?? [])
        {
            var obj = JsonObjectReader.Open(item, _problems, "request", "start", "end", "attendees", "topics", "summary", "outcome", "confidentiality", "publicity", "withheld");
            if (obj is not null && ReadRecord(obj, recorded) is { } record)
            {
                records.Add(record);
            }
        }

        return records;
    }

    private MeetingRecord? ReadRecord(JsonObjectReader obj, HashSet<string> recorded)
    {
        var problemsBefore = _problems.Count;
        var request = ReadRequestReference(obj, required: true);
        if (request is not null && !recorded.Add(request))
        {
            _problems.Add(obj.PathOf("request"), $"the meeting request '{request}' already has a record", "keep one record per meeting request");
        }

        if (obj.Bool("withheld", required: false) == true)
        {
            _problems.Add(obj.PathOf("withheld"),
                "the summary and attendees of this restricted record were left out of the export (it was made without confidential clearance), so the file does not hold the whole record",
                "import an export made by a user with confidential clearance, or delete \"withheld\" to keep the record without its summary and attendees");
        }

        var time = _times.Interval(obj, "start", "end", insideEvent: false);
        var attendees = ReadAttendees(obj);
        var topics = ReadTopicCodes(obj, "topics");
        var summary = obj.String("summary", required: false);
        var outcome = EnumText<MeetingOutcome>.Parse(obj.Choice("outcome", required: true, EnumText<MeetingOutcome>.All));
        var confidentiality = obj.Has("confidentiality")
            ? EnumText<Confidentiality>.Parse(obj.Choice("confidentiality", required: false, EnumText<Confidentiality>.All))
            : Confidentiality.Normal;
        var publicity = obj.Has("publicity")
            ? EnumText<Publicity>.Parse(obj.Choice("publicity", required: false, EnumText<Publicity>.All))
            : RequestPublicity(request);
        if (_problems.Count != problemsBefore || request is null || time is not { } t || attendees is null || topics is null
            || outcome is not { } o || confidentiality is not { } c || publicity is not { } p)
        {
            return null;
        }

        return new MeetingRecord(request, t.Start, t.End, attendees, topics, summary, o, c, p);
    }

    private List<Attendee>? ReadAttendees(JsonObjectReader obj)
    {
        var attendees = new List<Attendee>();
        var complete = true;
        foreach (var item in obj.Array("attendees", required: false) ?? [])
        {
            var person = JsonObjectReader.Open(item, _problems, "name", "title", "side");
            var name = person?.String("name", required: true);
            var title = person?.String("title", required: false);
            var side = EnumText<AttendeeSide>.Parse(person?.Choice("side", required: true, EnumText<AttendeeSide>.All));
            if (name is null || side is not { } s || (title is null && person!.Has("title")))
            {
                complete = false;
                continue;
            }

            attendees.Add(new Attendee(name, title, s));
        }

        return complete ? attendees : null;
    }

    private List<Commitment> ReadCommitments(JsonObjectReader root)
    {
        var commitments = new List<Commitment>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in root.Array("commitments", required: false) ?? [])
        {
            var obj = JsonObjectReader.Open(item, _problems, "id", "description", "ownerUnit", "due", "status", "agreement", "request");
            if (obj is null)
            {
                continue;
            }

            var problemsBefore = _problems.Count;
            var id = obj.String("id", required: true);
            if (id is not null && !ids.Add(id))
            {
                _problems.Add(obj.PathOf("id"), $"the id '{id}' is already used by another commitment", "give each commitment its own id");
            }

            var description = obj.String("description", required: true);
            var owner = obj.String("ownerUnit", required: true);
            var due = _times.Date(obj, "due");
            var status = EnumText<CommitmentStatus>.Parse(obj.Choice("status", required: true, EnumText<CommitmentStatus>.All));
            var agreement = ReadAgreementReference(obj);
            var request = ReadRequestReference(obj, required: false);
            if (agreement is null && request is null && !obj.Has("agreement") && !obj.Has("request"))
            {
                _problems.Add(obj.Path, "the commitment belongs to neither an agreement nor a meeting", "add \"agreement\" (an id of $.agreements) or \"request\" (an id of $.requests)");
            }

            if (_problems.Count == problemsBefore && id is not null && description is not null && owner is not null && due is { } d && status is { } s)
            {
                commitments.Add(new Commitment(id, description, owner, d, s, agreement, request));
            }
        }

        return commitments;
    }

    private string? ReadRequestReference(JsonObjectReader obj, bool required)
    {
        var id = obj.String("request", required);
        if (id is not null && _scenario is not null && !_scenario.HasRequest(id))
        {
            var near = Suggestion.Closest(id, _scenario.Requests.Select(r => r.Id));
            _problems.Add(obj.PathOf("request"), $"unknown meeting request '{id}'",
                near is null ? "use the id of an entry of $.requests" : $"did you mean '{near}'? (use the id of an entry of $.requests)");
        }

        return id;
    }

    private List<string>? ReadTopicCodes(JsonObjectReader obj, string name)
    {
        var codes = obj.Strings(name, required: false);
        if (codes is null)
        {
            return obj.Has(name) ? null : [];
        }

        return codes.Where(c => IsKnownTopic(c.Value, c.Path)).Select(c => c.Value).ToList();
    }

    private bool IsKnownTopic(string code, string path)
    {
        if (_topics.Find(code) is not null)
        {
            return true;
        }

        var near = Suggestion.Closest(code, _topics.All.Select(t => t.Code));
        _problems.Add(path, $"unknown topic '{code}'",
            near is null ? "use the code of an entry of $.topics (or of the default topics when $.topics is absent)" : $"did you mean '{near}'?");
        return false;
    }

    private Publicity? RequestPublicity(string? requestId) =>
        requestId is not null && _scenario is not null && _scenario.HasRequest(requestId) ? _scenario.Request(requestId).Publicity : null;

    private static string MissingLanguages(Dictionary<string, string> names) =>
        string.Join(", ", Topic.RequiredLanguages.Where(l => !names.ContainsKey(l)));
}
