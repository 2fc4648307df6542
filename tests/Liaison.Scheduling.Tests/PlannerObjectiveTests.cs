using Liaison.Domain.Programmes;
using NodaTime;

namespace Liaison.Scheduling.Tests;

/// <summary>The objective and its report, the secondary preferences, and how a plan ends (limits, cancellation, progress).</summary>
public sealed class PlannerObjectiveTests
{
    [Fact]
    public void ReturnsAnEmptyOptimalProgrammeForZeroRequests()
    {
        var scenario = new ScenarioBuilder().Principal("dg").Delegation("del-a").Room("r1").Build();

        var result = Planning.Plan(scenario);

        Assert.Empty(result.Programme.Meetings);
        Assert.Empty(result.Programme.Unplaced);
        Assert.Equal(new ObjectiveReport(0, 0, true), result.Objective);
    }

    [Fact]
    public void HoldsAMeetingInItsPreferredWindowWhenFree()
    {
        var builder = new ScenarioBuilder().Principal("dg").Delegation("del-a").Room("r1");
        var scenario = builder
            .Request("q1", "del-a", "dg", minutes: 30, preferred: builder.Between(0, "11:00", "11:30"))
            .Build();

        Assert.Equal("11:00", Planning.Plan(scenario).Meeting("q1").LocalStart(scenario));
    }

    [Fact]
    public void KeepsAPrincipalsDayCompact()
    {
        // Three 30-minute meetings on a 9-hour day: the tightest day is 30 + 10 + 30 + 10 + 30 minutes.
        var scenario = new ScenarioBuilder(start: "09:00", end: "18:00", buffer: 10)
            .Principal("dg").Delegation("del-a").Delegation("del-b").Delegation("del-c").Room("r1")
            .Request("q1", "del-a", "dg").Request("q2", "del-b", "dg").Request("q3", "del-c", "dg")
            .Build();

        var meetings = Planning.Plan(scenario).Programme.Meetings;

        Assert.Equal(3, meetings.Count);
        Assert.Equal(Duration.FromMinutes(110), meetings[^1].Time.End - meetings[0].Time.Start);
    }

    [Fact]
    public void ListsMeetingsByStartThenRoomWithRequesterFirst()
    {
        var builder = new ScenarioBuilder(start: "09:00", end: "10:00");
        var scenario = builder
            .Principal("dg").Principal("deputy").Delegation("del-a").Delegation("del-b").Room("r2").Room("r1")
            .Request("q1", "del-a", "dg,deputy", minutes: 60, attendees: 6)
            .Build();

        var meeting = Planning.Plan(scenario).Meeting("q1");

        Assert.Equal(["del-a", "dg", "deputy"], meeting.ParticipantIds);
        var two = new ScenarioBuilder(start: "09:00", end: "10:00")
            .Principal("dg").Principal("deputy").Delegation("del-a").Delegation("del-b").Room("r2").Room("r1")
            .Request("q1", "del-a", "dg", minutes: 60).Request("q2", "del-b", "deputy", minutes: 60)
            .Build();
        Assert.Equal(["r1", "r2"], Planning.Plan(two).Programme.Meetings.Select(m => m.RoomId));
    }

    [Fact]
    public void GivesTheSameProgrammeForTheSameSeed()
    {
        var scenario = Crowded();

        var first = Planning.Plan(scenario);
        var second = Planning.Plan(scenario);

        Assert.Equal(first.Programme.Meetings.Select(m => (m.RequestId, m.Time, m.RoomId)), second.Programme.Meetings.Select(m => (m.RequestId, m.Time, m.RoomId)));
    }

    [Fact]
    public void ReturnsAValidProgrammeWhenCancelledBeforeItStarts()
    {
        var scenario = Crowded();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var result = Planning.Plan(scenario, cancellationToken: cancelled.Token);

        Assert.NotEmpty(result.Programme.Meetings);
        Assert.Equal(scenario.Requests.Count, result.Programme.Meetings.Count + result.Programme.Unplaced.Count);
    }

    [Fact]
    public void ReturnsTheBestProgrammeSoFarWhenCancelledDuringTheSearch()
    {
        var scenario = Crowded();
        using var cancellation = new CancellationTokenSource();
        var reports = new SynchronousProgress(r =>
        {
            if (r.BestValue is not null)
            {
                cancellation.Cancel();
            }
        });

        var result = Planning.Plan(scenario, progress: reports, cancellationToken: cancellation.Token);

        var firstSolution = reports.Received.First(r => r.BestValue is not null);
        Assert.Equal(PlannerPhase.PlacingRequests, firstSolution.Phase);
        Assert.DoesNotContain(reports.Received, r => r.Phase == PlannerPhase.CompactingDays);
        Assert.True(result.Objective.Value >= firstSolution.BestValue);
    }

    [Fact]
    public void ReportsProgressOfBothPhasesAndTheEnd()
    {
        var reports = new SynchronousProgress(_ => { });

        var result = Planning.Plan(Crowded(), progress: reports);

        Assert.Contains(reports.Received, r => r.Phase == PlannerPhase.PlacingRequests && r.BestValue is not null && r.Bound is not null);
        Assert.Contains(reports.Received, r => r.Phase == PlannerPhase.CompactingDays && r.BestValue == result.Objective.Value);
        Assert.True(result.Objective.IsOptimal);
        Assert.False(result.LimitReached);
        Assert.DoesNotContain(reports.Received, r => r.Phase == PlannerPhase.Bounding);
        Assert.Equal(new PlannerProgress(reports.Received[^1].Elapsed, PlannerPhase.Done, result.Objective.Value, result.Objective.Bound), reports.Received[^1]);
    }

    /// <summary>One principal, one morning, six one-hour requests: half must stay out.</summary>
    private static Domain.Scenario Crowded()
    {
        var builder = new ScenarioBuilder(start: "09:00", end: "12:30", buffer: 10).Principal("dg").Room("r1").Room("r2");
        for (var i = 0; i < 6; i++)
        {
            builder.Delegation($"del-{i}").Request($"q{i}", $"del-{i}", "dg", minutes: 60, priority: 1 + (i % 5));
        }

        return builder.Build();
    }

    /// <summary>Receives reports on the reporting thread, unlike <see cref="Progress{T}"/>, so a test can act at once.</summary>
    private sealed class SynchronousProgress(Action<PlannerProgress> onReport) : IProgress<PlannerProgress>
    {
        public List<PlannerProgress> Received { get; } = [];

        public void Report(PlannerProgress value)
        {
            lock (Received)
            {
                Received.Add(value);
            }

            onReport(value);
        }
    }
}
