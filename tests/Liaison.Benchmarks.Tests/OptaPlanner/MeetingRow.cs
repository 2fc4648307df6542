namespace Liaison.Benchmarks.Tests.OptaPlanner;

/// <summary>One row of a hand-made Meetings sheet; Duration is written as given (a number, or text to test errors).</summary>
internal sealed record MeetingRow(
    object Duration, string Required = "", string Preferred = "", string Speakers = "",
    string Day = "", string Start = "", string Room = "", string Topic = "Topic");
