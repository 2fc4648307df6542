using System.Globalization;
using Liaison.Domain;
using Liaison.Domain.Agreements;
using Liaison.Domain.Records;
using NodaTime;

namespace Liaison.Reporting.Tests;

/// <summary>Small reports built by hand, for rendering tests that need no dossier.</summary>
internal static class HandBuiltReports
{
    /// <summary>Two regions, three named meetings, two confidential ones counted, one agreement with an English-only title.</summary>
    public static EngagementReport Small(string culture, ReportAudience audience = ReportAudience.Public, string partnerName = "Poland") =>
        new(
            "92nd INTERPOL General Assembly",
            "Marrakech, Morocco",
            "Africa/Casablanca",
            new LocalDate(2024, 11, 24),
            new LocalDate(2024, 11, 25),
            new ReportOptions(CultureInfo.GetCultureInfo(culture), audience, ConfidentialClearance: false, RegionScheme.M49),
            new MeetingTally(5, MeetingBasis.Held, 2),
            [
                new RegionGroup("Europe", [new ReportPartner("PL", PartyKind.Country, partnerName, 2, IsNew: true)]),
                new RegionGroup("Africa", [new ReportPartner("ET", PartyKind.Country, "Ethiopia", 1, IsNew: false)]),
            ],
            [new TopicCount("cybercrime", "Cybercrime", 4), new TopicCount("terrorism", "Terrorism", 1)],
            [new DayCount(new LocalDate(2024, 11, 24), 3), new DayCount(new LocalDate(2024, 11, 25), 2)],
            [new ReportAgreement(AgreementKind.MemorandumOfUnderstanding, "MoU on cross-border crime", "en", "Ethiopia",
                "Ethiopian Federal Police", new LocalDate(2024, 11, 25), "Marrakech")],
            UnnamedAgreements: 0,
            NewPartnerBasis.EarlierEvents,
            [
                new ReportMeeting(new LocalDateTime(2024, 11, 24, 10, 0), partnerName, ["Cybercrime"], MeetingOutcome.FollowUpAgreed, null, IsWithheld: true),
                new ReportMeeting(new LocalDateTime(2024, 11, 25, 9, 30), "Ethiopia", ["Terrorism"], MeetingOutcome.AgreementSigned, "Signed the MoU.", IsWithheld: false),
            ]);
}
