using System.Globalization;
using Liaison.Domain;
using Liaison.Domain.Agreements;
using NodaTime;

namespace Liaison.Reporting.Building;

/// <summary>The agreements signed at an event, split into those the report may name and those it only counts.</summary>
internal static class SignedAgreements
{
    /// <summary>
    /// Agreements whose status is signed or later and that were signed during the event's days (or, with no date
    /// recorded, at one of its meetings); named when the audience is internal, or when the partner is named
    /// elsewhere in the report and the meeting it was signed at (if any) is public.
    /// </summary>
    /// <param name="dossier">The event.</param>
    /// <param name="options">Language and audience.</param>
    /// <param name="namedParties">Party codes the report names.</param>
    /// <param name="publicRequests">Ids of the meetings whose publicity is public.</param>
    public static (IReadOnlyList<ReportAgreement> Named, int Unnamed) Of(EventDossier dossier, ReportOptions options,
        IReadOnlySet<string> namedParties, IReadOnlySet<string> publicRequests)
    {
        var first = dossier.Event.Days[0].Date;
        var last = dossier.Event.Days[^1].Date;
        var signed = dossier.Agreements.Where(a => IsSigned(a.Status) && SignedDuring(a, first, last)).ToList();
        var named = signed
            .Where(a => options.Audience == ReportAudience.Internal
                || (namedParties.Contains(a.PartnerPartyCode) && (a.MeetingRequestId is null || publicRequests.Contains(a.MeetingRequestId))))
            .OrderBy(a => a.SignedOn ?? last)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .Select(a => Describe(a, dossier.Scenario.Party(a.PartnerPartyCode), options.Culture))
            .ToList();
        return (named, signed.Count - named.Count);
    }

    private static bool IsSigned(AgreementStatus status) => status is not (AgreementStatus.Draft or AgreementStatus.UnderNegotiation);

    private static bool SignedDuring(Agreement agreement, LocalDate first, LocalDate last) =>
        agreement.SignedOn is { } on ? on >= first && on <= last : agreement.MeetingRequestId is not null;

    private static ReportAgreement Describe(Agreement agreement, Party partner, CultureInfo culture)
    {
        var language = culture.TwoLetterISOLanguageName;
        var (title, titleLanguage) = agreement.Titles.TryGetValue(language, out var own)
            ? (own, (string?)null)
            : (agreement.Titles.First().Value, agreement.Titles.First().Key);
        return new ReportAgreement(agreement.Kind, title, titleLanguage, PartyNames.Of(partner, culture),
            agreement.PartnerAgencyName, agreement.SignedOn, agreement.SignedPlace);
    }
}
