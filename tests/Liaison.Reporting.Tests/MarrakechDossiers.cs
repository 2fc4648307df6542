using Liaison.Domain;
using Liaison.Domain.Agreements;
using Liaison.Domain.Records;
using Liaison.Domain.Topics;
using Liaison.Interchange;
using NodaTime;

namespace Liaison.Reporting.Tests;

/// <summary>
/// Dossiers of the Marrakech sample built in code: the sample's scenario with one record per request (topics and
/// publicity as requested, restricted summaries) and the two MoUs, so each test can change what it needs.
/// </summary>
internal static class MarrakechDossiers
{
    /// <summary>Path of the sample scenario, found from the test's folder upwards.</summary>
    public static string SamplePath { get; } = FindSample();

    /// <summary>The sample's 43 meetings held, 18 of them confidential, and the two MoUs signed.</summary>
    /// <param name="publicityOf">Overrides a request's publicity by request id; <c>null</c> keeps the sample's.</param>
    public static EventDossier Held(Func<string, Publicity?>? publicityOf = null)
    {
        var scenario = ScenarioFile.Read(SamplePath);
        var records = scenario.Requests.Select((request, index) => Record(scenario, request, index, publicityOf?.Invoke(request.Id) ?? request.Publicity));
        return new EventDossier(scenario, TopicTaxonomy.Default, records, [Ethiopia(), Norway()], []);
    }

    /// <summary>A dossier of the same scenario in which Poland's request was met a year earlier.</summary>
    public static EventDossier YearBeforeWithPoland()
    {
        var scenario = ScenarioFile.Read(SamplePath);
        var poland = scenario.Requests.Single(r => r.RequestedBy == "del-pl");
        var start = Instant.FromUtc(2023, 11, 24, 9, 0);
        var record = new MeetingRecord(poland.Id, start, start + Duration.FromMinutes(30), [], poland.Topics, null,
            MeetingOutcome.FollowUpAgreed, Confidentiality.Normal, Publicity.Public);
        return new EventDossier(scenario, TopicTaxonomy.Default, [record], [], []);
    }

    /// <summary>
    /// The sample moved to 14-17 March 2025, inside Ramadan, when Africa/Casablanca is at UTC+00:00 instead of
    /// UTC+01:00, with one record: the Polish meeting starting at <paramref name="start"/>.
    /// </summary>
    /// <param name="start">The meeting's start (UTC).</param>
    public static EventDossier DuringRamadan(Instant start)
    {
        var json = File.ReadAllText(SamplePath).Replace("2024-11-2", "2025-03-1", StringComparison.Ordinal);
        var scenario = ScenarioFile.Parse(json, "marrakech-ramadan.json");
        var record = new MeetingRecord("R01", start, start + Duration.FromMinutes(30), [], ["organised-crime"], null,
            MeetingOutcome.FollowUpAgreed, Confidentiality.Normal, Publicity.Public);
        return new EventDossier(scenario, TopicTaxonomy.Default, [record], [], []);
    }

    private static MeetingRecord Record(Scenario scenario, MeetingRequest request, int index, Publicity publicity)
    {
        var day = scenario.Event.Days[index % scenario.Event.Days.Count].Date;
        var local = day.At(new LocalTime(9, 0)).PlusMinutes(40 * (index / scenario.Event.Days.Count));
        var start = EventTime.ToInstant(scenario.Event.TimeZone, local);
        return new MeetingRecord(request.Id, start, start + Duration.FromMinutes(request.DurationMinutes),
            [new Attendee("Director General", null, AttendeeSide.Host)], request.Topics,
            $"Illustrative summary of meeting {request.Id}.", MeetingOutcome.FollowUpAgreed, Confidentiality.Restricted, publicity);
    }

    private static Agreement Ethiopia() => new("mou-et", AgreementKind.MemorandumOfUnderstanding,
        new Dictionary<string, string>
        {
            ["ar"] = "مذكرة تفاهم بشأن تبادل الدعم التقني والاستخباراتي",
            ["en"] = "MoU on technical and intelligence support",
        },
        "ET", "Ethiopian Federal Police", null, new LocalDate(2024, 11, 25), "Marrakech", "R14",
        ["intelligence-exchange", "capacity-building"], AgreementStatus.Signed, [], null, null, null);

    private static Agreement Norway() => new("mou-no", AgreementKind.MemorandumOfUnderstanding,
        new Dictionary<string, string> { ["en"] = "MoU on cross-border crime" },
        "NO", "Norwegian Police", null, new LocalDate(2024, 11, 26), "Marrakech", "R22",
        ["cross-border-crime"], AgreementStatus.Signed, [], null, null, null);

    private static string FindSample()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "samples", "marrakech-2024", "scenario.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("samples/marrakech-2024/scenario.json not found above the test folder.");
    }
}
