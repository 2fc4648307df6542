using Liaison.Benchmarks.OptaPlanner;
using Liaison.Benchmarks.OptaPlanner.Scoring;

namespace Liaison.Benchmarks.Tests.OptaPlanner;

/// <summary>
/// The referee on hand-made solved workbooks, one constraint at a time (every other weight 0), then all together.
/// Grains of <see cref="TestWorkbook"/>: Sat 08:00-08:45 = 0-3, Sat 10:00-10:45 = 4-7 (09:00-09:45 is lunch),
/// Sun 08:00-08:45 = 8-11. "[s, e)" below is a meeting's grain range, end exclusive.
/// </summary>
public sealed class ScoreCalculatorTests : IDisposable
{
    private const string Sat = "Sat 2022-01-01";
    private const string Sun = "Sun 2022-01-02";
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void RoomConflictCountsTheOverlapOfMeetingsInTheSameRoomTimesItsWeight()
    {
        // M1 [0,3) Big and M2 [2,4) Big overlap 1 grain; M3 [2,3) Small is in another room. 1 * weight 2 = -2 hard.
        var score = Score(new TestWorkbook().Weight("Room conflict", 2)
            .Meeting(new(45, Day: Sat, Start: "08:00", Room: "Big"))
            .Meeting(new(30, Day: Sat, Start: "08:30", Room: "Big"))
            .Meeting(new(15, Day: Sat, Start: "08:30", Room: "Small")));

        Assert.Equal(new Score(-2, 0, 0), score);
    }

    [Fact]
    public void OvertimeCountsTheLastIndexOfAMeetingEndingPastTheLastGrain()
    {
        // M1 60 min at Sun 08:30 = grains [10,14): last index 13 > 11 (the last grain): -13 hard. M2 [0,1) is within.
        var score = Score(new TestWorkbook().Weight("Don't go in overtime", 1)
            .Meeting(new(60, Day: Sun, Start: "08:30", Room: "Big"))
            .Meeting(new(15, Day: Sat, Start: "08:00", Room: "Big")));

        Assert.Equal(new Score(-13, 0, 0), score);
    }

    [Fact]
    public void RequiredAttendanceConflictCountsOverlapsOfAPersonsRequiredMeetingsSpeakersIncluded()
    {
        // Ann is required in M1 [0,3) and M2 [1,3): 2. Bob is required in M1 and speaks in M3 [2,3): 1.
        // Cy is only preferred (M1, M2): no hard penalty. Total -3 hard.
        var score = Score(new TestWorkbook().Weight("Required attendance conflict", 1)
            .Meeting(new(45, Required: "Ann, Bob", Preferred: "Cy", Day: Sat, Start: "08:00", Room: "Big"))
            .Meeting(new(30, Required: "Ann", Preferred: "Cy", Day: Sat, Start: "08:15", Room: "Small"))
            .Meeting(new(15, Speakers: "Bob", Day: Sat, Start: "08:30", Room: "Small")));

        Assert.Equal(new Score(-3, 0, 0), score);
    }

    [Fact]
    public void RequiredRoomCapacityCountsTheShortfallOfSeatsForRequiredPlusPreferredAttendees()
    {
        // Small seats 2: M1 has 3 attendees (short 1), M2 has 4 (short 2); M3's 4 fit in Big (10). -3 hard.
        var score = Score(new TestWorkbook().Weight("Required room capacity", 1)
            .Meeting(new(15, Required: "Ann, Bob", Preferred: "Cy", Day: Sat, Start: "08:00", Room: "Small"))
            .Meeting(new(15, Required: "Ann", Preferred: "Bob, Cy", Speakers: "Dee", Day: Sat, Start: "10:00", Room: "Small"))
            .Meeting(new(15, Required: "Ann, Bob, Cy, Dee", Day: Sat, Start: "08:00", Room: "Big")));

        Assert.Equal(new Score(-3, 0, 0), score);
    }

    [Fact]
    public void StartAndEndOnSameDayCountsMeetingsWhoseLastGrainIsOnAnotherDay()
    {
        // M1 60 min at Sat 10:30 = [6,10): last grain 9 is Sunday: 1. M2 60 min at Sat 08:30 = [2,6) runs across
        // lunch and ends Saturday: 0. M3 60 min at Sun 08:30: last index 13 is past the last grain, on no day: 0.
        var score = Score(new TestWorkbook().Weight("Start and end on same day", 1)
            .Meeting(new(60, Day: Sat, Start: "10:30", Room: "Big"))
            .Meeting(new(60, Day: Sat, Start: "08:30", Room: "Small"))
            .Meeting(new(60, Day: Sun, Start: "08:30", Room: "Small")));

        Assert.Equal(new Score(-1, 0, 0), score);
    }

    [Fact]
    public void RequiredAndPreferredConflictCountsOverlapsOfOnePersonRequiredHereAndPreferredThere()
    {
        // M1 [0,3), M2 [1,3) overlap 2. Ann: required M1, preferred M2: 2. Bob: preferred M1, required M2: 2.
        // Cy is required in both (a hard matter). Total -4 medium.
        var score = Score(new TestWorkbook().Weight("Required and preferred attendance conflict", 1)
            .Meeting(new(45, Required: "Ann, Cy", Preferred: "Bob", Day: Sat, Start: "08:00", Room: "Big"))
            .Meeting(new(30, Required: "Bob, Cy", Preferred: "Ann", Day: Sat, Start: "08:15", Room: "Small")));

        Assert.Equal(new Score(0, -4, 0), score);
    }

    [Fact]
    public void PreferredConflictCountsOverlapsOfEveryPairOfAPersonsPreferredMeetings()
    {
        // Ann preferred in M1 [0,3), M2 [1,3), M3 [2,4): pairs 2 + 1 + 1 = 4, weight 3: -12 medium.
        var score = Score(new TestWorkbook().Weight("Preferred attendance conflict", 3)
            .Meeting(new(45, Preferred: "Ann", Day: Sat, Start: "08:00", Room: "Big"))
            .Meeting(new(30, Preferred: "Ann", Day: Sat, Start: "08:15", Room: "Small"))
            .Meeting(new(30, Preferred: "Ann", Day: Sat, Start: "08:30", Room: "Small")));

        Assert.Equal(new Score(0, -12, 0), score);
    }

    [Fact]
    public void AsSoonAsPossibleCountsEveryMeetingsLastIndex()
    {
        // M1 [0,3): last 2. M2 30 min at Sun 08:00 = [8,10): last 9. -11 soft.
        var score = Score(new TestWorkbook().Weight("Do all meetings as soon as possible", 1)
            .Meeting(new(45, Day: Sat, Start: "08:00", Room: "Big"))
            .Meeting(new(30, Day: Sun, Start: "08:00", Room: "Big")));

        Assert.Equal(new Score(0, 0, -11), score);
    }

    [Fact]
    public void OneGrainBreakCountsEachMeetingStartingRightAfterAnothersLastIndexWhoeverAttends()
    {
        // M1 [0,3) then M2 at 3 [3,4): 1. M2 then M3 at 4 (Sat 10:00: the index runs straight across lunch): 1.
        // M4 at 6 follows nothing (M3 [4,5) ends at 5). 2 * weight 100 = -200 soft.
        var score = Score(new TestWorkbook().Weight("One TimeGrain break between two consecutive meetings", 100)
            .Meeting(new(45, Required: "Ann", Day: Sat, Start: "08:00", Room: "Big"))
            .Meeting(new(15, Required: "Bob", Day: Sat, Start: "08:45", Room: "Small"))
            .Meeting(new(15, Day: Sat, Start: "10:00", Room: "Big"))
            .Meeting(new(15, Day: Sat, Start: "10:30", Room: "Big")));

        Assert.Equal(new Score(0, 0, -200), score);
    }

    [Fact]
    public void OverlappingMeetingsCountsTheOverlapOfEveryPairWhateverRoomOrAttendees()
    {
        // M1 [0,3) Big and M2 [1,3) Small overlap 2; M3 [6,8) overlaps neither. 2 * weight 10 = -20 soft.
        var score = Score(new TestWorkbook().Weight("Overlapping meetings", 10)
            .Meeting(new(45, Day: Sat, Start: "08:00", Room: "Big"))
            .Meeting(new(30, Day: Sat, Start: "08:15", Room: "Small"))
            .Meeting(new(30, Day: Sat, Start: "10:30", Room: "Big")));

        Assert.Equal(new Score(0, 0, -20), score);
    }

    [Fact]
    public void AssignLargerRoomsFirstCountsTheCapacityDifferenceToEveryLargerRoom()
    {
        // Rooms Big 10, Mid 5, Small 2. M1 in Small: (10-2) + (5-2) = 11. M2 in Mid: 10-5 = 5. M3 in Big: 0. -16 soft.
        var workbook = new TestWorkbook().Weight("Assign larger rooms first", 1)
            .Meeting(new(15, Day: Sat, Start: "08:00", Room: "Small"))
            .Meeting(new(15, Day: Sat, Start: "08:00", Room: "Mid"))
            .Meeting(new(15, Day: Sat, Start: "08:00", Room: "Big"));
        workbook.Rooms.Insert(1, ("Mid", 5));

        Assert.Equal(new Score(0, 0, -16), Score(workbook));
    }

    [Fact]
    public void RoomStabilityCountsAPersonsCloseFollowUpInAnotherRoom()
    {
        // M1 [0,2) Big; M2 [4,5) Small starts 2 grains after M1 ends; M3 [5,6) Small starts 3 after; M4 [0,1) Small
        // starts with M1. Ann (M1 required, M2 preferred): 1. Bob (M1, M3): 3 > 2, 0. Cy (M2, M3): same room, 0.
        // Dee (M1, M4): neither starts before the other, 0. -1 soft.
        var score = Score(new TestWorkbook().Weight("Room stability", 1)
            .Meeting(new(30, Required: "Ann, Bob, Dee", Day: Sat, Start: "08:00", Room: "Big"))
            .Meeting(new(15, Preferred: "Ann", Required: "Cy", Day: Sat, Start: "10:00", Room: "Small"))
            .Meeting(new(15, Required: "Bob, Cy", Day: Sat, Start: "10:15", Room: "Small"))
            .Meeting(new(15, Required: "Dee", Day: Sat, Start: "08:00", Room: "Small")));

        Assert.Equal(new Score(0, 0, -1), score);
    }

    [Fact]
    public void CombinesEveryConstraintWithTheWeightsOfThePublishedWorkbooks()
    {
        // Weights as in the published files: all 1 except the break (100) and overlapping meetings (10).
        // M1 45 min Sat 08:00 Small [0,3), required Ann, Bob, preferred Cy (3 attendees in Small, 2 seats).
        // M2 30 min Sat 08:30 Small [2,4), required Ann, preferred Dee.
        // M3 15 min Sat 08:45 Big   [3,4), preferred Cy.
        // M4 60 min Sat 10:30 Big   [6,10), required Dee (last grain 9 is Sunday).
        // Hard: room conflict M1/M2 1; capacity 1; required conflict Ann M1/M2 1; same day M4 1; overtime 0 = -4.
        // Medium: required-preferred: none (Cy is preferred in M1 and M3, which do not overlap; Dee's M2 and M4 do
        //   not overlap); preferred-preferred Cy M1/M3: 0 = 0.
        // Soft: ASAP 2 + 3 + 3 + 9 = 17; breaks: M3 after M1 (3 = 2 + 1): 1 -> 100; overlaps: M1/M2 1, M2/M3 1 -> 2 * 10 = 20;
        //   larger rooms: M1, M2 in Small: 8 each = 16; stability: Ann M1 -> M2 same room 0, Cy M1 [0,3) -> M3 at 3
        //   in Big: 1, Dee M2 [2,4) -> M4 at 6, 6 - 4 = 2: 1 -> 2. Total -(17 + 100 + 20 + 16 + 2) = -155.
        Assert.Equal(new Score(-4, 0, -155), Score(CombinedWorkbook()));
    }

    [Fact]
    public void SplitsTheCombinedScoreByConstraintWithCountsAndWeightedPenalties()
    {
        // The workbook of the test above, with the counts worked out there, in the Configuration sheet's order.
        var read = MeetingWorkbookReader.Read(CombinedWorkbook().Save(folder));

        var split = ScoreCalculator.Split(read.Problem, read.CompletePlacements!);

        Assert.Equal(ConstraintWeights.Names, split.Select(s => s.Name));
        Assert.Equal([1L, 0, 1, 1, 1, 0, 0, 17, 1, 2, 16, 2], split.Select(s => s.Count));
        Assert.Equal([1L, 0, 1, 1, 1, 0, 0, 17, 100, 20, 16, 2], split.Select(s => s.Weighted));
        Assert.Equal(["hard", "hard", "hard", "hard", "hard", "medium", "medium", "soft", "soft", "soft", "soft", "soft"], split.Select(s => s.Level));
    }

    private static TestWorkbook CombinedWorkbook()
    {
        var workbook = new TestWorkbook()
            .Meeting(new(45, Required: "Ann, Bob", Preferred: "Cy", Day: Sat, Start: "08:00", Room: "Small"))
            .Meeting(new(30, Required: "Ann", Preferred: "Dee", Day: Sat, Start: "08:30", Room: "Small"))
            .Meeting(new(15, Preferred: "Cy", Day: Sat, Start: "08:45", Room: "Big"))
            .Meeting(new(60, Required: "Dee", Day: Sat, Start: "10:30", Room: "Big"));
        foreach (var name in ConstraintWeights.Names)
        {
            workbook.Weight(name, 1);
        }

        workbook.Weight("One TimeGrain break between two consecutive meetings", 100).Weight("Overlapping meetings", 10);
        return workbook;
    }

    private Score Score(TestWorkbook workbook)
    {
        var read = MeetingWorkbookReader.Read(workbook.Save(folder));
        return ScoreCalculator.Calculate(read.Problem, read.CompletePlacements!);
    }
}
