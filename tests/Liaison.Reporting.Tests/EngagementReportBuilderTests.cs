using System.Globalization;
using Liaison.Domain;
using NodaTime;

namespace Liaison.Reporting.Tests;

public class EngagementReportBuilderTests
{
    private static readonly string[] Confidential = Enumerable.Range('A', 18).Select(c => $"X{(char)c}").ToArray();

    [Fact]
    public void CountsEveryHeldMeetingAndNamesOnlyThePublicOnesForThePublic()
    {
        var report = Build(MarrakechDossiers.Held(), "en", ReportAudience.Public);

        Assert.Equal(new MeetingTally(43, MeetingBasis.Held, 18), report.Meetings);
        Assert.Equal(25, report.MeetingList.Count);
        Assert.Equal(25, report.Regions.Sum(r => r.Meetings));
        Assert.DoesNotContain(report.Regions.SelectMany(r => r.Partners), p => Confidential.Contains(p.Code));
    }

    [Fact]
    public void NamesEveryMeetingForTheInternalAudience()
    {
        var report = Build(MarrakechDossiers.Held(), "en", ReportAudience.Internal);

        Assert.Equal(0, report.Meetings.Unnamed);
        Assert.Equal(43, report.MeetingList.Count);
        Assert.Contains(report.Regions.SelectMany(r => r.Partners), p => p.Code == "XA" && p.Name == "Undisclosed member country 1");
    }

    [Fact]
    public void NamesAnUndisclosedMemberInTheReportsLanguageForTheInternalAudience()
    {
        var report = Build(MarrakechDossiers.Held(), "ar", ReportAudience.Internal);

        Assert.Contains(report.Regions.SelectMany(r => r.Partners), p => p.Code == "XA" && p.Name == "دولة عضو غير مُعلنة 1");
    }

    [Fact]
    public void GroupsPartnersByM49RegionInTheReportsLanguage()
    {
        var report = Build(MarrakechDossiers.Held(), "fr", ReportAudience.Public);

        string[] europe = ["Allemagne", "Danemark", "Espagne", "Norvège", "Pologne", "Russie", "Serbie", "Suisse", "Suède"];
        Assert.Equal(europe, PartnersOf(report, "Europe").Order(StringComparer.Ordinal));
        Assert.Equal(["Argentine", "Chili"], PartnersOf(report, "Amériques").Order(StringComparer.Ordinal));
        Assert.Contains("Turquie", PartnersOf(report, "Asie"));
        Assert.Contains("Bahreïn", PartnersOf(report, "Asie"));
        Assert.Equal(3, PartnersOf(report, "Organisations internationales").Count);
    }

    [Fact]
    public void GroupsPartnersByTheEventsOwnRegionsWhenAsked()
    {
        var report = Build(MarrakechDossiers.Held(), "en", ReportAudience.Public, RegionScheme.Event);

        Assert.Equal(["Argentina", "Chile"], PartnersOf(report, "Latin America").Order(StringComparer.Ordinal));
        Assert.Equal(["Bahrain", "China", "India", "South Korea", "Türkiye"], PartnersOf(report, "Asia").Order(StringComparer.Ordinal));
        Assert.DoesNotContain(report.Regions, r => r.Name == "Americas");
    }

    [Fact]
    public void OrdersTopicsByFrequencyOverAllMeetingsWithTaxonomyNames()
    {
        var report = Build(MarrakechDossiers.Held(), "es", ReportAudience.Public);

        Assert.Equal("organised-crime", report.Topics[0].Code);
        Assert.Equal(39, report.Topics[0].Meetings);
        Assert.Equal("cybercrime", report.Topics[1].Code);
        Assert.True(report.Topics.Zip(report.Topics.Skip(1)).All(p => p.First.Meetings >= p.Second.Meetings));
        Assert.Equal(MarrakechDossiers.Held().Topics.Find("organised-crime")!.NameIn("es"), report.Topics[0].Name);
    }

    [Fact]
    public void CountsMeetingsByEventLocalDayForEveryDay()
    {
        var report = Build(MarrakechDossiers.Held(), "en", ReportAudience.Public);

        Assert.Equal([new LocalDate(2024, 11, 24), new LocalDate(2024, 11, 25), new LocalDate(2024, 11, 26), new LocalDate(2024, 11, 27)],
            report.MeetingsByDay.Select(d => d.Date));
        Assert.Equal([11, 11, 11, 10], report.MeetingsByDay.Select(d => d.Meetings));
    }

    [Fact]
    public void DatesAMeetingByTheEventsOffsetDuringRamadan()
    {
        var report = Build(MarrakechDossiers.DuringRamadan(Instant.FromUtc(2025, 3, 14, 23, 30)), "en", ReportAudience.Public);

        Assert.Equal(new LocalDateTime(2025, 3, 14, 23, 30), report.MeetingList.Single().Start);
        Assert.Equal([1, 0, 0, 0], report.MeetingsByDay.Select(d => d.Meetings));
    }

    [Fact]
    public void DatesAMeetingAfterLocalMidnightOnTheNextDayOutsideRamadan()
    {
        var dossier = MarrakechDossiers.Held();
        var late = Instant.FromUtc(2024, 11, 24, 23, 30);
        var moved = new EventDossier(dossier.Scenario, dossier.Topics,
            dossier.Records.Select(r => r.RequestId == "R01"
                ? new Domain.Records.MeetingRecord(r.RequestId, late, late + Duration.FromMinutes(30), r.Attendees, r.TopicCodes, r.Summary, r.Outcome, r.Confidentiality, r.Publicity)
                : r),
            dossier.Agreements, dossier.Commitments);

        var report = Build(moved, "en", ReportAudience.Public);

        Assert.Equal(new LocalDateTime(2024, 11, 25, 0, 30), report.MeetingList.Single(m => m.Partner == "Poland").Start);
        Assert.Equal([10, 12, 11, 10], report.MeetingsByDay.Select(d => d.Meetings));
    }

    [Fact]
    public void ListsTheTwoMoUsInTheReportsLanguageOrTheirFirstAuthenticOne()
    {
        var report = Build(MarrakechDossiers.Held(), "ar", ReportAudience.Public);

        Assert.Equal(2, report.Agreements.Count);
        Assert.Equal(("مذكرة تفاهم بشأن تبادل الدعم التقني والاستخباراتي", (string?)null), (report.Agreements[0].Title, report.Agreements[0].TitleLanguage));
        Assert.Equal(("MoU on cross-border crime", "en"), (report.Agreements[1].Title, report.Agreements[1].TitleLanguage));
        Assert.Equal("إثيوبيا", report.Agreements[0].Partner);
    }

    [Fact]
    public void CountsButDoesNotNameAnAgreementSignedAtAConfidentialMeeting()
    {
        var dossier = MarrakechDossiers.Held(id => id == "R22" ? Publicity.Confidential : null);

        var report = Build(dossier, "en", ReportAudience.Public);

        Assert.Equal("Ethiopia", Assert.Single(report.Agreements).Partner);
        Assert.Equal(1, report.UnnamedAgreements);
        Assert.DoesNotContain(report.Regions.SelectMany(r => r.Partners), p => p.Code == "NO");
    }

    [Fact]
    public void ShowsRestrictedSummariesOnlyToClearedInternalReaders()
    {
        var uncleared = Build(MarrakechDossiers.Held(), "en", ReportAudience.Internal);
        var cleared = EngagementReportBuilder.Build(MarrakechDossiers.Held(),
            new ReportOptions(CultureInfo.GetCultureInfo("en"), ReportAudience.Internal, ConfidentialClearance: true, RegionScheme.M49), []);
        var publicReport = Build(MarrakechDossiers.Held(), "en", ReportAudience.Public);

        Assert.All(uncleared.MeetingList, m => Assert.True(m.Summary is null && m.IsWithheld));
        Assert.All(cleared.MeetingList, m => Assert.StartsWith("Illustrative summary", m.Summary, StringComparison.Ordinal));
        Assert.All(publicReport.MeetingList, m => Assert.True(m.Summary is null && !m.IsWithheld));
    }

    [Fact]
    public void CountsAcceptedRequestsWhenNoMeetingIsRecordedAndSaysSo()
    {
        var dossier = EventDossier.Of(Liaison.Interchange.ScenarioFile.Read(MarrakechDossiers.SamplePath));

        var report = Build(dossier, "en", ReportAudience.Public);

        Assert.Equal(new MeetingTally(43, MeetingBasis.Requested, 18), report.Meetings);
    }

    [Fact]
    public void CallsEveryPartnerNewWhenOnlyThisEventIsKnown()
    {
        var report = Build(MarrakechDossiers.Held(), "en", ReportAudience.Public);

        Assert.Equal(NewPartnerBasis.SingleEvent, report.NewPartnerBasis);
        Assert.Equal(report.Regions.Sum(r => r.Partners.Count), report.NewPartners.Count());
    }

    [Fact]
    public void DoesNotCallAPartnerMetAtAnEarlierEventNew()
    {
        var report = EngagementReportBuilder.Build(MarrakechDossiers.Held(),
            new ReportOptions(CultureInfo.GetCultureInfo("en"), ReportAudience.Public, false, RegionScheme.M49),
            [MarrakechDossiers.YearBeforeWithPoland()]);

        Assert.Equal(NewPartnerBasis.EarlierEvents, report.NewPartnerBasis);
        Assert.DoesNotContain(report.NewPartners, p => p.Code == "PL");
        Assert.Contains(report.NewPartners, p => p.Code == "SE");
    }

    private static EngagementReport Build(EventDossier dossier, string language, ReportAudience audience, RegionScheme scheme = RegionScheme.M49) =>
        EngagementReportBuilder.Build(dossier, new ReportOptions(CultureInfo.GetCultureInfo(language), audience, false, scheme), []);

    private static List<string> PartnersOf(EngagementReport report, string region) =>
        report.Regions.Single(r => r.Name == region).Partners.Select(p => p.Name).ToList();
}
