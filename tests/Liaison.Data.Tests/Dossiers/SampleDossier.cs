using Liaison.Domain;
using Liaison.Domain.Agreements;
using Liaison.Domain.Commitments;
using Liaison.Domain.Records;
using Liaison.Domain.Topics;
using NodaTime;

namespace Liaison.Data.Tests.Dossiers;

/// <summary>The small Marrakech event of <see cref="SampleScenario"/> with two records, an MoU with Norway and two commitments.</summary>
internal static class SampleDossier
{
    public static LocalDate Day1 => SampleScenario.Create().Event.Days[0].Date;

    public static EventDossier Create()
    {
        var scenario = SampleScenario.Create();
        var start = scenario.Event.WorkingIntervals[0].Start + Duration.FromHours(1);
        return new EventDossier(scenario, TopicTaxonomy.Default,
        [
            new MeetingRecord("R1", start, start + Duration.FromMinutes(30),
                [new Attendee("Director General", null, AttendeeSide.Host), new Attendee("Kari Nordmann", "National Police Commissioner", AttendeeSide.Partner)],
                ["cross-border-crime"], "Agreed to sign the MoU.", MeetingOutcome.AgreementSigned, Confidentiality.Normal, Publicity.Public),
            new MeetingRecord("R2", start + Duration.FromHours(2), start + Duration.FromHours(3), [], ["terrorism"], "Restricted summary.",
                MeetingOutcome.FollowUpAgreed, Confidentiality.Restricted, Publicity.Confidential),
        ],
        [Mou()],
        [
            new Commitment("c-no", "Exchange contact points", "International Cooperation Division", Day1.PlusDays(30), CommitmentStatus.Open, "mou-no", null),
            new Commitment("c-sn", "Send the training offer", "Training Directorate", Day1.PlusDays(5), CommitmentStatus.InProgress, null, "R2"),
        ]);
    }

    public static Agreement Mou(string id = "mou-no") =>
        new(id, AgreementKind.MemorandumOfUnderstanding,
            new Dictionary<string, string> { ["ar"] = "مذكرة تفاهم", ["en"] = "MoU on cross-border crime" }, "NO", "Norwegian Police", "DGSN",
            Day1, "Marrakech", "R1", ["cross-border-crime"], AgreementStatus.Signed,
            [new AgreementStatusChange(AgreementStatus.Draft, AgreementStatus.Signed, Day1, "officer", null)], null, 60, null);
}
