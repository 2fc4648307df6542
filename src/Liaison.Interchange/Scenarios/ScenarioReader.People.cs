using System.Text.RegularExpressions;
using Liaison.Domain;
using Liaison.Interchange.Json;

namespace Liaison.Interchange.Scenarios;

/// <summary>Parties, agencies, principals and delegations.</summary>
internal sealed partial class ScenarioReader
{
    private const string ParticipantFix = "use the id of an entry of $.principals or $.delegations";

    private List<Party> ReadParties(JsonObjectReader root)
    {
        var parties = new List<Party>();
        foreach (var item in root.Array("parties", required: true) ?? [])
        {
            var obj = JsonObjectReader.Open(item, _problems, "code", "kind", "name", "region", "names");
            if (obj is null)
            {
                continue;
            }

            var code = obj.String("code", required: true);
            var kind = obj.Choice("kind", required: true, "country", "organisation");
            var name = obj.String("name", required: true);
            var region = obj.String("region", required: false);
            var names = obj.LanguageTexts("names", required: false);
            if (code is not null && _partyKinds.ContainsKey(code))
            {
                _problems.Add(obj.PathOf("code"), $"the party '{code}' is listed twice", "list each country or organisation once");
                continue;
            }

            if (code is not null)
            {
                _partyKinds[code] = kind;
            }

            var partyKind = kind == "country" ? PartyKind.Country : PartyKind.Organisation;
            if (code is not null && kind is not null && !Party.IsValidCode(code, partyKind))
            {
                _rejectedPartyCodes.Add(code);
                _problems.Add(obj.PathOf("code"), partyKind == PartyKind.Country
                        ? $"'{code}' is not an ISO 3166-1 alpha-2 country code"
                        : $"'{code}' is not an organisation code",
                    partyKind == PartyKind.Country
                        ? "use the two upper-case letters of ISO 3166-1, e.g. \"NO\" for Norway; for an international organisation set \"kind\": \"organisation\""
                        : "use 2 to 12 upper-case letters or digits starting with a letter, e.g. \"UN\", \"AIMC\", \"NAUSS\" (see docs/scenario.md)");
                continue;
            }

            if (code is not null && kind is not null && name is not null)
            {
                parties.Add(new Party(code, partyKind, name, region, names));
            }
        }

        return parties;
    }

    private List<Agency> ReadAgencies(JsonObjectReader root)
    {
        var agencies = new List<Agency>();
        foreach (var item in root.Array("agencies", required: false) ?? [])
        {
            var obj = JsonObjectReader.Open(item, _problems, "id", "party", "name");
            if (obj is null)
            {
                continue;
            }

            var id = obj.String("id", required: true);
            var party = ReadPartyReference(obj);
            var name = obj.String("name", required: true);
            if (id is not null && !_agencyParties.TryAdd(id, party))
            {
                _problems.Add(obj.PathOf("id"), $"the id '{id}' is already used by another agency", "give each agency its own id");
                continue;
            }

            if (id is not null && party is not null && name is not null)
            {
                agencies.Add(new Agency(id, party, name));
            }
        }

        return agencies;
    }

    private List<Principal> ReadPrincipals(JsonObjectReader root)
    {
        var principals = new List<Principal>();
        foreach (var item in root.Array("principals", required: true) ?? [])
        {
            var obj = JsonObjectReader.Open(item, _problems, "id", "title", "languages");
            if (obj is null)
            {
                continue;
            }

            var id = ClaimParticipant(obj, isDelegation: false);
            var title = obj.String("title", required: true);
            var languages = ReadLanguages(obj);
            if (id is not null && title is not null && languages is not null)
            {
                principals.Add(new Principal(id, title, languages));
            }
        }

        return principals;
    }

    private List<Delegation> ReadDelegations(JsonObjectReader root)
    {
        var delegations = new List<Delegation>();
        foreach (var item in root.Array("delegations", required: true) ?? [])
        {
            var obj = JsonObjectReader.Open(item, _problems, "id", "party", "agency", "headOfDelegation", "languages", "arrival", "departure");
            if (obj is null)
            {
                continue;
            }

            var id = ClaimParticipant(obj, isDelegation: true);
            var party = ReadPartyReference(obj);
            var agency = ReadAgencyReference(obj, party);
            var head = obj.String("headOfDelegation", required: true);
            var languages = ReadLanguages(obj);
            var stay = _times.Interval(obj, "arrival", "departure", insideEvent: false);
            if (stay is { } s && _event is not null && !_event.WorkingIntervals.Any(w => Intervals.Overlap(w, s)))
            {
                _problems.Add(obj.Path, "the delegation is not present during any working hours of the event",
                    "check 'arrival' and 'departure' against $.event.days");
                continue;
            }

            if (id is not null && party is not null && head is not null && languages is not null && stay is { } present
                && (agency is not null || !obj.Has("agency")))
            {
                delegations.Add(new Delegation(id, party, agency, head, languages, present.Start, present.End));
            }
        }

        return delegations;
    }

    private string? ClaimParticipant(JsonObjectReader obj, bool isDelegation)
    {
        var id = obj.String("id", required: true);
        if (id is null)
        {
            return null;
        }

        if (_participantIsDelegation.TryAdd(id, isDelegation))
        {
            return id;
        }

        _problems.Add(obj.PathOf("id"), $"the id '{id}' is already used by another principal or delegation",
            "give each principal and delegation its own id (the two lists share one set of ids)");
        return null;
    }

    private string? ReadPartyReference(JsonObjectReader obj)
    {
        var code = obj.String("party", required: true);
        if (code is null || _partyKinds.ContainsKey(code))
        {
            return code;
        }

        if (_rejectedPartyCodes.Contains(code))
        {
            return null; // The party's own code was reported; a reference written in another case follows from it.
        }

        _problems.Add(obj.PathOf("party"), $"unknown party '{code}'", "use the code of an entry of $.parties, or add the country or organisation there");
        return null;
    }

    private string? ReadAgencyReference(JsonObjectReader obj, string? party)
    {
        var id = obj.String("agency", required: false);
        if (id is null)
        {
            return null;
        }

        if (!_agencyParties.TryGetValue(id, out var agencyParty))
        {
            _problems.Add(obj.PathOf("agency"), $"unknown agency '{id}'", "use the id of an entry of $.agencies, or remove 'agency'");
            return null;
        }

        if (party is not null && agencyParty is not null && agencyParty != party)
        {
            _problems.Add(obj.PathOf("agency"), $"the agency '{id}' belongs to party '{agencyParty}', not '{party}'",
                "name an agency of the delegation's own party");
            return null;
        }

        return id;
    }

    private List<string>? ReadLanguages(JsonObjectReader obj)
    {
        var tags = obj.Strings("languages", required: true);
        if (tags is null)
        {
            return null;
        }

        if (tags.Count == 0)
        {
            _problems.Add(obj.PathOf("languages"), "no working language is given", "list at least one BCP 47 language tag, e.g. [\"ar\", \"fr\"]");
            return null;
        }

        var valid = tags.Where(t => CheckLanguageTag(t.Value, t.Path)).Select(t => t.Value).ToList();
        return valid.Count == tags.Count ? valid : null;
    }

    private bool CheckLanguageTag(string tag, string path)
    {
        if (LanguageTagShape().IsMatch(tag))
        {
            return true;
        }

        _problems.Add(path, $"'{tag}' is not a BCP 47 language tag", "use a tag such as \"ar\", \"en\", \"fr\", \"es\" or \"pt-BR\"");
        return false;
    }

    /// <summary>A BCP 47 tag in the shape Liaison accepts: a 2-3 letter primary language, then subtags of 1-8 letters or digits.</summary>
    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageTagShape();
}
