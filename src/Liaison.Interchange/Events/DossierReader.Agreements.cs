using Liaison.Domain.Agreements;
using Liaison.Interchange.Json;
using NodaTime;

namespace Liaison.Interchange.Events;

/// <summary>The agreements register.</summary>
internal sealed partial class DossierReader
{
    private const string AgreementRulesFix = "correct the dates or the status as docs/scenario.md (\"agreements\") describes";

    private List<Agreement> ReadAgreements(JsonObjectReader root)
    {
        var agreements = new List<Agreement>();
        foreach (var item in root.Array("agreements", required: false) ?? [])
        {
            var obj = JsonObjectReader.Open(item, _problems, "id", "kind", "titles", "party", "partnerAgency", "ourAgency", "signedOn",
                "signedPlace", "request", "subjects", "status", "history", "entryIntoForce", "durationMonths", "renewalDate");
            if (obj is not null && ReadAgreement(obj) is { } agreement)
            {
                agreements.Add(agreement);
            }
        }

        return agreements;
    }

    private Agreement? ReadAgreement(JsonObjectReader obj)
    {
        var problemsBefore = _problems.Count;
        var id = obj.String("id", required: true);
        if (id is not null && !_agreementIds.Add(id))
        {
            _problems.Add(obj.PathOf("id"), $"the id '{id}' is already used by another agreement", "give each agreement its own id");
        }

        var kind = EnumText<AgreementKind>.Parse(obj.Choice("kind", required: true, EnumText<AgreementKind>.All));
        var titles = obj.LanguageTexts("titles", required: true);
        var party = ReadAgreementParty(obj);
        var request = ReadRequestReference(obj, required: false);
        if (party is not null && request is not null && _scenario is not null && _scenario.HasRequest(request)
            && !_scenario.PartnerPartyCodes(request).Contains(party))
        {
            _problems.Add(obj.PathOf("request"), $"the party '{party}' takes no part in meeting request '{request}'",
                "name the meeting at which this partner's delegation signed or agreed it, or leave \"request\" out");
        }

        var subjects = ReadTopicCodes(obj, "subjects");
        var status = EnumText<AgreementStatus>.Parse(obj.Choice("status", required: true, EnumText<AgreementStatus>.All));
        var history = ReadHistory(obj);
        var duration = obj.Has("durationMonths") ? obj.Int("durationMonths", required: false, "a whole number of months, 1 or more", 60) : null;
        var signedOn = OptionalDate(obj, "signedOn");
        var entryIntoForce = OptionalDate(obj, "entryIntoForce");
        var renewal = OptionalDate(obj, "renewalDate");
        if (_problems.Count != problemsBefore || id is null || kind is not { } k || titles is null || party is null
            || subjects is null || status is not { } s || history is null)
        {
            return null;
        }

        try
        {
            return new Agreement(id, k, titles, party, obj.String("partnerAgency", required: false), obj.String("ourAgency", required: false),
                signedOn, obj.String("signedPlace", required: false), request, subjects, s, history, entryIntoForce, duration, renewal);
        }
        catch (ArgumentException rule)
        {
            _problems.Add(obj.Path, rule.Message.TrimEnd('.'), AgreementRulesFix);
            return null;
        }
    }

    private string? ReadAgreementParty(JsonObjectReader obj)
    {
        var code = obj.String("party", required: true);
        if (code is not null && _scenario is not null && !_scenario.HasParty(code))
        {
            var near = Suggestion.Closest(code, _scenario.Parties.Select(p => p.Code));
            _problems.Add(obj.PathOf("party"), $"unknown party '{code}'",
                near is null ? "use the code of an entry of $.parties" : $"did you mean '{near}'? (use the code of an entry of $.parties)");
        }

        return code;
    }

    private string? ReadAgreementReference(JsonObjectReader obj)
    {
        var id = obj.String("agreement", required: false);
        if (id is not null && !_agreementIds.Contains(id))
        {
            var near = Suggestion.Closest(id, _agreementIds);
            _problems.Add(obj.PathOf("agreement"), $"unknown agreement '{id}'",
                near is null ? "use the id of an entry of $.agreements" : $"did you mean '{near}'? (use the id of an entry of $.agreements)");
        }

        return id;
    }

    private List<AgreementStatusChange>? ReadHistory(JsonObjectReader obj)
    {
        var changes = new List<AgreementStatusChange>();
        var complete = true;
        foreach (var item in obj.Array("history", required: false) ?? [])
        {
            var change = JsonObjectReader.Open(item, _problems, "from", "to", "on", "by", "note");
            var from = EnumText<AgreementStatus>.Parse(change?.Choice("from", required: true, EnumText<AgreementStatus>.All));
            var to = EnumText<AgreementStatus>.Parse(change?.Choice("to", required: true, EnumText<AgreementStatus>.All));
            var on = change is null ? null : _times.Date(change, "on");
            var by = change?.String("by", required: true);
            var note = change?.String("note", required: false);
            if (from is { } f && to is { } t && !AgreementLifecycle.CanMove(f, t))
            {
                _problems.Add(change!.PathOf("to"), new AgreementTransitionException(f, t, AgreementLifecycle.NextFrom(f)).Message.TrimEnd('.'),
                    "record the moves the agreement really made, one allowed step at a time");
                complete = false;
            }
            else if (from is { } f2 && to is { } t2 && on is { } d && by is not null)
            {
                changes.Add(new AgreementStatusChange(f2, t2, d, by, note));
            }
            else
            {
                complete = false;
            }
        }

        return complete ? changes : null;
    }

    private LocalDate? OptionalDate(JsonObjectReader obj, string name) => obj.Has(name) ? _times.Date(obj, name) : null;
}
