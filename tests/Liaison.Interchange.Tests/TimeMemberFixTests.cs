using Liaison.Interchange.Tests.Changes;

namespace Liaison.Interchange.Tests;

/// <summary>
/// A value that is not text where a date or time is expected: the fix shows the expected form, since quoting
/// <c>42</c> would give <c>"42"</c>, still not a time. Scenario and changes files alike.
/// </summary>
public class TimeMemberFixTests
{
    [Fact]
    public void NumberForAnEventLocalDateTimeGetsTheFormAsFix()
    {
        var problem = TestScenarios.ProblemAfter(d => d["delegations"]![0]!["arrival"] = 42, "$.delegations[0].arrival");

        Assert.Equal("'arrival' should be a string but is the number 42", problem.Message);
        Assert.StartsWith("write an event-local date and time in double quotes, such as \"2024-11-25T09:30\"", problem.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void NumberForADateGetsTheFormAsFix() =>
        Assert.Equal("write a date in double quotes, such as \"2024-11-25\" (year-month-day)",
            TestScenarios.ProblemAfter(d => d["event"]!["days"]![0]!["date"] = 20241124, "$.event.days[0].date").Fix);

    [Fact]
    public void NumberForATimeOfDayGetsTheFormAsFix() =>
        Assert.Equal("write a 24-hour time in double quotes, such as \"09:00\" or \"18:30\"",
            TestScenarios.ProblemAfter(d => d["event"]!["days"]![0]!["start"] = 830, "$.event.days[0].start").Fix);

    [Fact]
    public void NumberForPlainTextStillGetsToldToQuoteIt() =>
        Assert.Equal("write it in double quotes", TestScenarios.ProblemAfter(d => d["event"]!["name"] = 42, "$.event.name").Fix);

    [Fact]
    public void NumberForAnEventLocalTimeInAChangesFileGetsTheFormAsFix()
    {
        var document = TestChanges.With("{ \"kind\": \"principalBusy\", \"principal\": \"dg\", \"start\": \"2024-11-25T16:00\", \"end\": 42, \"label\": \"Call\" }");

        var problem = Assert.Single(TestChanges.Problems(document));

        Assert.Equal("$.changes[0].end", problem.Location);
        Assert.StartsWith("write an event-local date and time in double quotes, such as \"2024-11-25T09:30\"", problem.Fix, StringComparison.Ordinal);
    }
}
