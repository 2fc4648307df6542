using Liaison.Domain.Agreements;
using NodaTime;

namespace Liaison.Reporting;

/// <summary>An agreement signed at the event, as the report lists it.</summary>
/// <param name="Kind">Memorandum of understanding, agreement, protocol or letter of intent.</param>
/// <param name="Title">The title in the report's language when that language is authentic, else the first authentic title.</param>
/// <param name="TitleLanguage"><c>null</c> when <paramref name="Title"/> is in the report's language; otherwise the title's language ("en"), so the page can mark it.</param>
/// <param name="Partner">The partner party's name in the report's language.</param>
/// <param name="PartnerAgency">The partner agency as the agreement names it, or <c>null</c>.</param>
/// <param name="SignedOn">The event-local date of signature, or <c>null</c> when not recorded.</param>
/// <param name="SignedPlace">Where it was signed, or <c>null</c>.</param>
public sealed record ReportAgreement(AgreementKind Kind, string Title, string? TitleLanguage, string Partner,
    string? PartnerAgency, LocalDate? SignedOn, string? SignedPlace);
