using Liaison.Domain;
using NodaTime;

namespace Liaison.Scheduling.Tests;

/// <summary>
/// Seeded scenarios shaped like the benchmark families of issue 3, at any scale:
/// an <b>assembly</b> (Africa/Casablanca, from 24 November 2024, 09:00-18:00 on a 15-minute step, a
/// plenary 14:00-15:00 every day blocking everyone, three principals, delegations working in one or two
/// of ar/en/fr/es, a quarter arriving on day 2, 30-minute requests a quarter of which ask a principal,
/// one in twenty a trilateral, rooms of 6 to 20 seats with every fifth suitable for a signing, and
/// interpreters across the six pairs of those languages); and a <b>brokerage</b> (09:00-18:00 on a
/// 20-minute step, 20-minute meetings between two participants who all speak English, four-seat tables).
/// Priorities are uniform from 1 to 5. With <c>extras</c>, the assembly's rooms alternate between two
/// venues 20 minutes apart, every tenth request names a principal as an optional attendee, and every
/// fiftieth is locked at a random start in a random room (feasible or not).
/// </summary>
internal static class FamilyScenario
{
    private static readonly DateTimeZone Casablanca = DateTimeZoneProviders.Tzdb["Africa/Casablanca"];
    private static readonly string[] Languages = ["ar", "en", "fr", "es"];
    private static readonly string[] PrincipalIds = ["dg", "deputy", "director"];

    public static Scenario Assembly(int seed, int delegations, int requests, int rooms, int interpreters, int days, bool extras = false)
    {
        var random = new Random(seed);
        var @event = Event(days, step: 15, buffer: 10);
        var principals = PrincipalIds
            .Select(id => new Principal(id, $"Title of {id}", ["ar", "fr"])).ToList();
        var party = new Party("MA", PartyKind.Country, "Morocco");
        var delegationList = Enumerable.Range(0, delegations).Select(d =>
        {
            var languages = Languages.Where(_ => random.Next(3) == 0).DefaultIfEmpty(Languages[random.Next(4)]).Distinct().Take(2).ToList();
            var arrival = random.Next(4) == 0 && days > 1 ? @event.WorkingIntervals[1].Start : @event.Span.Start;
            return new Delegation($"d{d}", "MA", null, $"Head {d}", languages, arrival, @event.Span.End);
        }).ToList();
        var roomList = Enumerable.Range(0, rooms).Select(r => new Room($"r{r}", $"Room {r}", 6 + random.Next(15), r % 5 == 0,
            venueId: extras ? $"v{r % 2}" : null)).ToList();
        var pairs = Languages.SelectMany((a, i) => Languages.Skip(i + 1).Select(b => new LanguagePair(a, b))).ToList();
        var interpreterList = Enumerable.Range(0, interpreters).Select(k => new Interpreter($"i{k}", $"Interpreter {k}", [pairs[k % pairs.Count]], [])).ToList();
        var blocks = Enumerable.Range(0, days).Select(d => new BlockedTime($"plenary{d}", $"Plenary {d + 1}", BlockedTimeKind.Plenary,
            Between(@event, d, 14, 15), [])).ToList();
        var requestList = Enumerable.Range(0, requests).Select(q =>
        {
            var by = random.Next(delegations);
            var invitees = new List<string> { random.Next(4) == 0 ? principals[random.Next(3)].Id : $"d{Other(random, by, delegations)}" };
            if (random.Next(20) == 0)
            {
                invitees.Add($"d{Other(random, by, delegations)}");
            }

            var optional = extras && q % 10 == 0 ? PrincipalIds.Except(invitees).Take(1).ToList() : [];
            var day = @event.WorkingIntervals[random.Next(days)];
            var locked = extras && q % 50 == 0
                ? new MeetingLock(day.Start + Duration.FromMinutes(15 * random.Next(30)), $"r{random.Next(rooms)}")
                : null;
            return new MeetingRequest($"q{q}", $"d{by}", invitees, 30, 1 + random.Next(5), ["cybercrime"], [],
                random.Next(30) == 0, Publicity.Public, 2 + random.Next(10), null, optional, null, locked);
        }).ToList();
        return new Scenario(@event, [party], [], delegationList, principals, roomList, interpreterList, blocks, requestList,
            extras ? [new Venue("v0", "Centre"), new Venue("v1", "Hotel")] : [], extras ? [new TravelTime("v0", "v1", 20)] : []);
    }

    public static Scenario Brokerage(int seed, int participants, int requests, int tables, int days)
    {
        var random = new Random(seed);
        var @event = Event(days, step: 20, buffer: 0);
        var party = new Party("MA", PartyKind.Country, "Morocco");
        var people = Enumerable.Range(0, participants)
            .Select(p => new Delegation($"p{p}", "MA", null, $"Company {p}", ["en"], @event.Span.Start, @event.Span.End)).ToList();
        var tableList = Enumerable.Range(0, tables).Select(t => new Room($"t{t}", $"Table {t}", 4, false)).ToList();
        var requestList = Enumerable.Range(0, requests).Select(q =>
        {
            var by = random.Next(participants);
            return new MeetingRequest($"q{q}", $"p{by}", [$"p{Other(random, by, participants)}"], 20, 1 + random.Next(5), [], [],
                false, Publicity.Public, 2);
        }).ToList();
        return new Scenario(@event, [party], [], people, [], tableList, [], [], requestList);
    }

    private static int Other(Random random, int not, int count)
    {
        var other = random.Next(count - 1);
        return other >= not ? other + 1 : other;
    }

    private static Event Event(int days, int step, int buffer) =>
        new("Generated event", "Marrakech", Casablanca,
            Enumerable.Range(0, days).Select(d => new EventDay(new LocalDate(2024, 11, 24).PlusDays(d), new LocalTime(9, 0), new LocalTime(18, 0))),
            step, buffer);

    private static Interval Between(Event @event, int day, int fromHour, int toHour) => new(
        EventTime.ToInstant(Casablanca, @event.Days[day].Date + new LocalTime(fromHour, 0)),
        EventTime.ToInstant(Casablanca, @event.Days[day].Date + new LocalTime(toHour, 0)));
}
