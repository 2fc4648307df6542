using NodaTime;

namespace Liaison.Benchmarks.Generator;

/// <summary>
/// The knobs of the seeded instance generator (docs/benchmarks.md, "The generator"): how many delegations,
/// principals, requests, rooms, days and interpreters, and how the event's day looks. The presets are the
/// benchmark families; <see cref="Scaled"/> shrinks one for a quick check.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record InstanceShape
{
    /// <summary>Visiting delegations (at a brokerage event: participants).</summary>
    public required int Delegations { get; init; }

    /// <summary>The host's principals; 0 at a brokerage event.</summary>
    public int HostPrincipals { get; init; }

    /// <summary>Meeting requests to generate.</summary>
    public required int Requests { get; init; }

    /// <summary>Share of requests, 0 to 1, that invite a host principal rather than another delegation.</summary>
    public double HostRequestShare { get; init; }

    /// <summary>Meeting rooms (at a brokerage event: tables).</summary>
    public required int Rooms { get; init; }

    /// <summary>Seats per room.</summary>
    public int RoomCapacity { get; init; } = 8;

    /// <summary>Rooms, of <see cref="Rooms"/>, suitable for a signing ceremony.</summary>
    public int SigningRooms { get; init; }

    /// <summary>Share of host requests, 0 to 1, at which an agreement is signed.</summary>
    public double SigningShare { get; init; }

    /// <summary>Working days, consecutive from <see cref="FirstDay"/>.</summary>
    public required int Days { get; init; }

    /// <summary>The first working day, event-local.</summary>
    public LocalDate FirstDay { get; init; } = new(2024, 11, 24);

    /// <summary>Start of each working day, event-local.</summary>
    public LocalTime DayStart { get; init; } = new(9, 0);

    /// <summary>End of each working day, event-local.</summary>
    public LocalTime DayEnd { get; init; } = new(18, 0);

    /// <summary>IANA zone of the event.</summary>
    public string TimeZone { get; init; } = "Africa/Casablanca";

    /// <summary>Length of every meeting, in minutes; a multiple of <see cref="PlanningStepMinutes"/>.</summary>
    public required int MeetingMinutes { get; init; }

    /// <summary>Planning step, in minutes.</summary>
    public int PlanningStepMinutes { get; init; } = 5;

    /// <summary>Minutes a principal needs between two meetings.</summary>
    public int ProtocolBufferMinutes { get; init; }

    /// <summary>Minutes of plenary at the start of each day, blocking everyone; 0 for none.</summary>
    public int PlenaryMinutesPerDay { get; init; }

    /// <summary>Interpreters, spread evenly over the pairs of <see cref="Languages"/>; 0 when everyone shares a language.</summary>
    public int Interpreters { get; init; }

    /// <summary>Working languages (BCP 47) with the share of delegations whose first language each is; the shares sum to 1.</summary>
    public IReadOnlyList<(string Language, double Share)> Languages { get; init; } = [("en", 1.0)];

    /// <summary>Share of delegations, 0 to 1, who also work in English besides their first language.</summary>
    public double EnglishAsSecondLanguage { get; init; }

    /// <summary>
    /// Exponent of the Zipf law by which delegations are invited: the delegation of rank k is invited with
    /// weight 1/k^s, so a few are sought by many; 0 invites all alike.
    /// </summary>
    public double PopularitySkew { get; init; } = 0.6;

    /// <summary>The <c>assembly</c> family: a General Assembly with 190 delegations, 3 principals and 2,000 requests.</summary>
    public static InstanceShape Assembly { get; } = new()
    {
        Delegations = 190, HostPrincipals = 3, Requests = 2000, HostRequestShare = 0.1, Rooms = 20, RoomCapacity = 10,
        SigningRooms = 2, SigningShare = 0.05, Days = 4, MeetingMinutes = 30, ProtocolBufferMinutes = 10, PlenaryMinutesPerDay = 90,
        Interpreters = 12, Languages = [("en", 0.45), ("fr", 0.2), ("es", 0.15), ("ar", 0.2)], EnglishAsSecondLanguage = 0.4,
    };

    /// <summary>The <c>brokerage</c> family: 3,000 participants, 30,000 requests, 150 tables, 2 days of 20-minute slots.</summary>
    public static InstanceShape Brokerage { get; } = new()
    {
        Delegations = 3000, Requests = 30_000, Rooms = 150, RoomCapacity = 4, Days = 2, MeetingMinutes = 20, PlanningStepMinutes = 20,
        TimeZone = "Europe/Brussels", FirstDay = new(2025, 3, 11),
    };

    /// <summary>The <c>brokerage-xl</c> family: 10,000 participants, 200,000 requests, 500 tables, 3 days.</summary>
    public static InstanceShape BrokerageXl { get; } = Brokerage with { Delegations = 10_000, Requests = 200_000, Rooms = 500, Days = 3 };

    /// <summary>This shape with delegations, requests, rooms and interpreters multiplied by <paramref name="factor"/> (at least 2 delegations and rooms, 1 request and, if any, 1 interpreter).</summary>
    /// <param name="factor">Above 0; 1 keeps the shape.</param>
    /// <exception cref="ArgumentOutOfRangeException">When the factor is not positive.</exception>
    public InstanceShape Scaled(double factor)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(factor);
        int Scale(int n, int least) => n == 0 ? 0 : Math.Max(least, (int)Math.Round(n * factor));
        return this with
        {
            Delegations = Scale(Delegations, 2), Requests = Scale(Requests, 1), Rooms = Scale(Rooms, 2),
            SigningRooms = Math.Min(SigningRooms, Scale(Rooms, 2)), Interpreters = Scale(Interpreters, 1),
        };
    }
}
