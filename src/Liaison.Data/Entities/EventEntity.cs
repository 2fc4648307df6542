using NodaTime;

namespace Liaison.Data.Entities;

/// <summary>An event (assembly, summit) and its planning parameters; the root every other row of the event hangs from.</summary>
public sealed class EventEntity : IVersioned
{
    /// <summary>Surrogate key.</summary>
    public Guid Id { get; set; }

    /// <summary>Display name.</summary>
    public string Name { get; set; } = "";

    /// <summary>Venue or city.</summary>
    public string Venue { get; set; } = "";

    /// <summary>IANA zone id (tzdb as bundled by NodaTime), e.g. <c>Africa/Casablanca</c>.</summary>
    public string TimeZoneId { get; set; } = "";

    /// <summary>Planning step in minutes (1 to 60, dividing 60).</summary>
    public int PlanningStepMinutes { get; set; }

    /// <summary>Protocol buffer in minutes between a principal's meetings.</summary>
    public int ProtocolBufferMinutes { get; set; }

    /// <summary>When the event was imported or created (UTC).</summary>
    public Instant CreatedAt { get; set; }

    /// <summary>Who imported or created it (user name, or "cli").</summary>
    public string CreatedBy { get; set; } = "";

    /// <inheritdoc />
    public int Version { get; set; } = 1;

    /// <summary>Working days.</summary>
    public List<EventDayEntity> Days { get; set; } = [];

    /// <summary>Parties (countries and organisations).</summary>
    public List<PartyEntity> Parties { get; set; } = [];

    /// <summary>Agencies of the parties.</summary>
    public List<AgencyEntity> Agencies { get; set; } = [];

    /// <summary>Principals and delegations.</summary>
    public List<ParticipantEntity> Participants { get; set; } = [];

    /// <summary>Rooms.</summary>
    public List<RoomEntity> Rooms { get; set; } = [];

    /// <summary>Interpreters.</summary>
    public List<InterpreterEntity> Interpreters { get; set; } = [];

    /// <summary>Blocked times.</summary>
    public List<BlockedTimeEntity> BlockedTimes { get; set; } = [];

    /// <summary>Meeting requests.</summary>
    public List<MeetingRequestEntity> Requests { get; set; } = [];

    /// <summary>The programme's meetings.</summary>
    public List<MeetingEntity> Meetings { get; set; } = [];

    /// <summary>The topic taxonomy; empty for an event imported from a plain scenario (the default topics apply).</summary>
    public List<TopicEntity> Topics { get; set; } = [];

    /// <summary>Records of held meetings.</summary>
    public List<MeetingRecordEntity> Records { get; set; } = [];

    /// <summary>The agreements register.</summary>
    public List<AgreementEntity> Agreements { get; set; } = [];

    /// <summary>Follow-up commitments.</summary>
    public List<CommitmentEntity> Commitments { get; set; } = [];

    /// <summary>Planner runs, newest last by <see cref="PlannerRunEntity.StartedAt"/>.</summary>
    public List<PlannerRunEntity> PlannerRuns { get; set; } = [];
}
