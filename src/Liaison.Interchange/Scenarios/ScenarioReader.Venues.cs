using Liaison.Domain;
using Liaison.Interchange.Json;

namespace Liaison.Interchange.Scenarios;

/// <summary>Venues and the travel times between them (optional: a single-venue event has neither).</summary>
internal sealed partial class ScenarioReader
{
    private readonly HashSet<string> _venueIds = new(StringComparer.Ordinal);

    private List<Venue> ReadVenues(JsonObjectReader root)
    {
        var venues = new List<Venue>();
        foreach (var item in root.Array("venues", required: false) ?? [])
        {
            var obj = JsonObjectReader.Open(item, _problems, "id", "name");
            var id = obj?.String("id", required: true);
            var name = obj?.String("name", required: true);
            if (obj is not null && Claim(_venueIds, id, obj, "id", "venue") && name is not null)
            {
                venues.Add(new Venue(id!, name));
            }
        }

        return venues;
    }

    private List<TravelTime> ReadTravelTimes(JsonObjectReader root, List<Venue> venues)
    {
        var travel = new List<TravelTime>();
        var pairs = new HashSet<(string, string)>();
        foreach (var item in root.Array("travelTimes", required: false) ?? [])
        {
            var obj = JsonObjectReader.Open(item, _problems, "from", "to", "minutes");
            if (obj is null)
            {
                continue;
            }

            var from = ReadVenueReference(obj, "from", required: true);
            var to = ReadVenueReference(obj, "to", required: true);
            var minutes = obj.Int("minutes", required: true, "a whole number of minutes, 0 or more", 15);
            if (from is null || to is null || minutes is not { } m)
            {
                continue;
            }

            if (from == to || m < 0)
            {
                _problems.Add(obj.Path, from == to ? $"a travel time from '{from}' to itself" : $"a negative travel time of {m} minutes",
                    "give the whole minutes, 0 or more, between two different venues");
            }
            else if (!pairs.Add((from, to)) || !pairs.Add((to, from)))
            {
                _problems.Add(obj.Path, $"the travel time between '{from}' and '{to}' is given twice", "give each pair of venues once; it holds both ways");
            }
            else
            {
                travel.Add(new TravelTime(from, to, m));
            }
        }

        foreach (var a in venues)
        {
            foreach (var b in venues.Where(b => string.CompareOrdinal(a.Id, b.Id) < 0 && !pairs.Contains((a.Id, b.Id))))
            {
                _problems.Add("$.travelTimes", $"no travel time is given between venues '{a.Id}' and '{b.Id}'",
                    $"add {{ \"from\": \"{a.Id}\", \"to\": \"{b.Id}\", \"minutes\": ... }}");
            }
        }

        return travel;
    }

    /// <summary>A venue id member that must name an entry of <c>$.venues</c>; <c>null</c> when absent or unknown (reported).</summary>
    private string? ReadVenueReference(JsonObjectReader obj, string name, bool required)
    {
        var id = obj.String(name, required);
        if (id is not null && !_venueIds.Contains(id))
        {
            _problems.Add(obj.PathOf(name), $"unknown venue '{id}'", "use the id of an entry of $.venues");
            return null;
        }

        return id;
    }
}
