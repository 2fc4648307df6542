using System.Globalization;
using Liaison.Cli.Output;
using Liaison.Domain;
using Liaison.Scheduling;
using Spectre.Console;

namespace Liaison.Cli.Replanning;

/// <summary>
/// Prints what re-planning did: how many meetings were kept, then each moved meeting (from -> to), each
/// dropped one with its reason and each newly placed one, and finally which meetings moved.
/// </summary>
internal static class ChangeReport
{
    /// <summary>Prints the report.</summary>
    /// <param name="console">Where to print.</param>
    /// <param name="before">The scenario before the changes.</param>
    /// <param name="after">The scenario after the changes.</param>
    /// <param name="replanned">The re-planning result.</param>
    public static void Render(IAnsiConsole console, Scenario before, Scenario after, ReplanResult replanned)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(replanned);
        var zone = before.Event.TimeZone.Id;
        var kept = replanned.OfKind(MeetingChangeKind.Kept);
        var moved = replanned.OfKind(MeetingChangeKind.Moved);
        console.WriteLineAsIs(string.Create(CultureInfo.InvariantCulture, $"Kept {kept.Count} meeting{Plural(kept.Count)} where {(kept.Count == 1 ? "it was" : "they were")}."));
        Section(console, $"Moved ({moved.Count}, times in {zone})", moved, c => $"{ChangeText.Place(before, c.Before!)} -> {ChangeText.Place(before, c.After!)}: {c.Reason}", before, after);
        Section(console, $"Dropped (times in {zone})", replanned.OfKind(MeetingChangeKind.Dropped), c => $"was {ChangeText.Place(before, c.Before!)}: {c.Reason}", before, after);
        Section(console, $"Newly placed (times in {zone})", replanned.OfKind(MeetingChangeKind.NewlyPlaced), c => $"{ChangeText.Place(before, c.After!)}: {c.Reason}", before, after);
        console.WriteLineAsIs(moved.Count == 0
            ? "Moved 0 meetings."
            : string.Create(CultureInfo.InvariantCulture, $"Moved {moved.Count} meeting{Plural(moved.Count)}: {string.Join(", ", moved.Select(c => c.RequestId))}."));
    }

    private static void Section(IAnsiConsole console, string heading, IReadOnlyList<MeetingChange> changes, Func<MeetingChange, string> line, Scenario before, Scenario after)
    {
        if (changes.Count == 0)
        {
            return;
        }

        console.WriteLineAsIs($"{heading}:");
        foreach (var change in changes)
        {
            console.WriteLineAsIs($"  {change.RequestId} ({Parties(before, after, change.RequestId)}): {line(change)}");
        }
    }

    private static string Parties(Scenario before, Scenario after, string requestId)
    {
        var scenario = after.Requests.Any(r => r.Id == requestId) ? after : before;
        return string.Join(" with ", scenario.Request(requestId).ParticipantIds.Select(id => scenario.Participant(id).DisplayName));
    }

    private static string Plural(int count) => count == 1 ? string.Empty : "s";
}
