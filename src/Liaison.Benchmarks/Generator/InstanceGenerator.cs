using System.Globalization;
using Liaison.Domain;
using NodaTime;

namespace Liaison.Benchmarks.Generator;

/// <summary>
/// Builds a benchmark scenario from an <see cref="InstanceShape"/> and a seed: the same shape and seed give
/// the same scenario on every machine (docs/benchmarks.md, "The generator").
/// </summary>
/// <remarks>
/// Runs in time and memory linear in the number of requests: one pass, no candidate lists; a set of
/// 64-bit pair keys keeps two requests from joining the same pair of participants. Thread-safe: each call
/// has its own random source.
/// </remarks>
public static class InstanceGenerator
{
    private static readonly string[] Topics = ["organised-crime", "cybercrime", "terrorism", "police-training", "cross-border-crime", "capacity-building"];
    private static readonly double[] DelegationPriorities = [0.15, 0.25, 0.3, 0.2, 0.1];
    private static readonly double[] HostPriorities = [0, 0, 0.4, 0.4, 0.2];

    /// <summary>Generates the scenario of <paramref name="shape"/> for <paramref name="seed"/>.</summary>
    /// <param name="shape">The knobs.</param>
    /// <param name="seed">Seed of the random source; any value.</param>
    /// <param name="name">The event's name, e.g. the family's name.</param>
    /// <returns>A validated scenario. Fewer requests than asked when the shape has too few distinct pairs of participants.</returns>
    /// <exception cref="ArgumentException">When the shape is inconsistent (e.g. a meeting length that is not a multiple of the step).</exception>
    public static Scenario Generate(InstanceShape shape, int seed, string name)
    {
        ArgumentNullException.ThrowIfNull(shape);
        var random = new Random(seed);
        var zone = DateTimeZoneProviders.Tzdb[shape.TimeZone];
        var days = Enumerable.Range(0, shape.Days).Select(d => new EventDay(shape.FirstDay.PlusDays(d), shape.DayStart, shape.DayEnd)).ToList();
        var @event = new Event(name, "Generated venue", zone, days, shape.PlanningStepMinutes, shape.ProtocolBufferMinutes);
        var parties = Enumerable.Range(0, shape.Delegations)
            .Select(i => new Party(Code("P", i), PartyKind.Organisation, Code("Participant ", i)))
            .ToList();
        var delegations = parties
            .Select((p, i) => new Delegation(Code("d", i), p.Code, null, "Head of delegation", Languages(shape, random), @event.Span.Start, @event.Span.End))
            .ToList();
        var principals = Enumerable.Range(0, shape.HostPrincipals).Select(i => new Principal(Code("host", i), Code("Host principal ", i), ["ar", "fr"])).ToList();
        var rooms = Enumerable.Range(0, shape.Rooms).Select(i => new Room(Code("room", i), Code("Room ", i), shape.RoomCapacity, i < shape.SigningRooms)).ToList();
        var interpreters = Interpreters(shape);
        var plenaries = shape.PlenaryMinutesPerDay == 0 ? [] : @event.WorkingIntervals
            .Select((day, d) => new BlockedTime(Code("plenary-", d), "Plenary session", BlockedTimeKind.Plenary,
                new Interval(day.Start, day.Start + Duration.FromMinutes(shape.PlenaryMinutesPerDay)), []))
            .ToList();
        var requests = Requests(shape, random, delegations, principals);
        return new Scenario(@event, parties, [], delegations, principals, rooms, interpreters, plenaries, requests);
    }

    private static List<MeetingRequest> Requests(InstanceShape shape, Random random, List<Delegation> delegations, List<Principal> principals)
    {
        const int AttemptsPerRequest = 20;
        var invitee = new ZipfPicker(delegations.Count, shape.PopularitySkew, random);
        var host = principals.Count == 0 ? null : new ZipfPicker(principals.Count, 1.0, random);
        var pairs = new HashSet<long>();
        var requests = new List<MeetingRequest>(shape.Requests);
        var people = Math.Min(4, shape.RoomCapacity);
        for (var attempt = 0; requests.Count < shape.Requests && attempt < shape.Requests * AttemptsPerRequest; attempt++)
        {
            var requester = random.Next(delegations.Count);
            var toHost = host is not null && random.NextDouble() < shape.HostRequestShare;
            var other = toHost ? delegations.Count + host!.Next() : invitee.Next();
            if (other == requester || !pairs.Add(PairKey(requester, other)))
            {
                continue;
            }

            var inviteeId = toHost ? principals[other - delegations.Count].Id : delegations[other].Id;
            var signing = toHost && shape.SigningRooms > 0 && random.NextDouble() < shape.SigningShare;
            var priority = 1 + Pick(random, toHost ? HostPriorities : DelegationPriorities);
            requests.Add(new MeetingRequest(Code("r", requests.Count), delegations[requester].Id, [inviteeId], shape.MeetingMinutes, priority,
                [Topics[random.Next(Topics.Length)]], [], signing, random.NextDouble() < 0.8 ? Publicity.Public : Publicity.Confidential, people, null));
        }

        return requests;
    }

    private static List<string> Languages(InstanceShape shape, Random random)
    {
        var first = shape.Languages[Pick(random, shape.Languages.Select(l => l.Share).ToArray())].Language;
        return first != "en" && random.NextDouble() < shape.EnglishAsSecondLanguage ? [first, "en"] : [first];
    }

    private static List<Interpreter> Interpreters(InstanceShape shape)
    {
        var languages = shape.Languages.Select(l => l.Language).ToList();
        var pairs = languages.SelectMany((a, i) => languages.Skip(i + 1).Select(b => new LanguagePair(a, b))).ToList();
        return pairs.Count == 0 ? [] : Enumerable.Range(0, shape.Interpreters)
            .Select(i => new Interpreter(Code("interp", i), $"Interpreter {pairs[i % pairs.Count]} {(i / pairs.Count) + 1}", [pairs[i % pairs.Count]], []))
            .ToList();
    }

    private static int Pick(Random random, double[] weights)
    {
        var target = random.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length; i++)
        {
            target -= weights[i];
            if (target < 0)
            {
                return i;
            }
        }

        return Array.FindLastIndex(weights, w => w > 0);
    }

    private static long PairKey(int a, int b) => ((long)Math.Min(a, b) << 32) | (uint)Math.Max(a, b);

    private static string Code(string prefix, int index) => string.Create(CultureInfo.InvariantCulture, $"{prefix}{index + 1:D5}");
}
