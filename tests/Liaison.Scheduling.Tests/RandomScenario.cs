using CsCheck;
using Liaison.Domain;

namespace Liaison.Scheduling.Tests;

/// <summary>
/// Small random scenarios for property tests: one or two mornings (09:00-13:00, Europe/Paris, 15-minute step),
/// one or two principals, two to five delegations with random languages, arrival and departure,
/// random blocks, rooms and interpreters, and 2 to 15 requests (three in five of them with a principal,
/// so that principals are over-subscribed). Negative draws mean "none" (no arrival limit, availability throughout,
/// no preferred window). Times are counted in quarter hours
/// from the first morning's start ("quarters"), 16 to a morning.
/// </summary>
internal static class RandomScenario
{
    private const int QuartersPerDay = 16;
    private static readonly string[][] Languages = [["fr"], ["fr"], ["fr"], ["ar", "fr"], ["en", "fr"], ["ar"], ["en"], ["es"]];
    private static readonly string[] Pairs = ["ar/fr", "ar/en", "ar/es", "en/fr", "en/es", "es/fr"];

    /// <summary>Generates scenarios as described above.</summary>
    public static readonly Gen<Scenario> Scenarios =
        from days in Gen.Int[1, 2]
        from buffer in Gen.OneOf(0, 10, 15)
        from principals in Gen.Int[0, 7].Array[1, 2]
        from delegations in Gen.Select(Gen.Int[0, 7], Gen.Int[-16, 31], Gen.Int[8, 64]).Array[2, 5]
        from rooms in Gen.Select(Gen.Int[4, 12], Gen.Int[0, 3]).Array[1, 3]
        from interpreters in Gen.Select(Gen.Int[0, 5], Gen.Int[0, 31], Gen.Int[-8, 24]).Array[1, 3]
        from blocks in Gen.Select(Gen.Int[-1, 2], Gen.Int[0, 31], Gen.Int[1, 8]).Array[0, 2]
        from requests in Gen.Select(
            Gen.Select(Gen.Int[0, 4], Gen.Int[0, 4], Gen.Int[1, 4], Gen.Int[1, 5]),
            Gen.Select(Gen.Int[2, 8], Gen.Int[0, 9], Gen.Int[-20, 31])).Array[2, 15]
        select Build(days, buffer, principals, delegations, rooms, interpreters, blocks, requests);

    private static Scenario Build(int days, int buffer, int[] principals, (int Lang, int Arrive, int Stay)[] delegations,
        (int Capacity, int Signing)[] rooms, (int Pair, int From, int Length)[] interpreters, (int Who, int From, int Length)[] blocks,
        ((int By, int With, int Quarters, int Priority) What, (int Attendees, int Signing, int Preferred) How)[] requests)
    {
        var builder = new ScenarioBuilder(days, "09:00", "13:00", step: 15, buffer: buffer);
        var end = days * QuartersPerDay;
        for (var p = 0; p < principals.Length; p++)
        {
            builder.Principal($"p{p}", Languages[principals[p]]);
        }

        for (var d = 0; d < delegations.Length; d++)
        {
            var (lang, arrive, stay) = delegations[d];
            arrive = Math.Clamp(arrive, 0, end - 1);
            builder.Delegation($"d{d}", Languages[lang], At(builder, arrive), arrive + stay >= end ? null : At(builder, arrive + stay));
        }

        for (var r = 0; r < rooms.Length; r++)
        {
            builder.Room($"room{r}", rooms[r].Capacity, signing: rooms[r].Signing == 0);
        }

        for (var i = 0; i < interpreters.Length; i++)
        {
            var (pair, from, length) = interpreters[i];
            builder.Interpreter($"i{i}", Pairs[pair], length <= 0 ? [] : [Span(builder, Math.Min(from, end - 1), length, end)]);
        }

        for (var b = 0; b < blocks.Length; b++)
        {
            var (who, from, length) = blocks[b];
            builder.Block($"b{b}", Span(builder, Math.Min(from, end - 1), length, end), who < 0 ? [] : [$"p{Math.Min(who, principals.Length - 1)}"]);
        }

        for (var q = 0; q < requests.Length; q++)
        {
            var ((by, with, quarters, priority), (attendees, signing, preferred)) = requests[q];
            var requester = $"d{by % delegations.Length}";
            var invitee = with < 3 ? $"p{with % principals.Length}" : $"d{with % delegations.Length}";
            invitee = invitee == requester ? "p0" : invitee;
            builder.Request($"q{q}", requester, invitee, quarters * 15, priority, attendees, signing == 0,
                preferred < 0 ? [] : [Span(builder, Math.Min(preferred, end - 1), 4, end)]);
        }

        return builder.Build();
    }

    private static NodaTime.Instant At(ScenarioBuilder builder, int quarter) =>
        builder.At(quarter / QuartersPerDay, "09:00") + NodaTime.Duration.FromMinutes(15 * (quarter % QuartersPerDay));

    /// <summary>From a quarter for a number of quarters, clipped to the end of that quarter's morning.</summary>
    private static NodaTime.Interval Span(ScenarioBuilder builder, int from, int length, int end)
    {
        var dayEnd = Math.Min(end, ((from / QuartersPerDay) + 1) * QuartersPerDay);
        var to = Math.Min(from + length, dayEnd);
        return new NodaTime.Interval(At(builder, from), to == dayEnd ? builder.At(from / QuartersPerDay, "13:00") : At(builder, to));
    }
}
