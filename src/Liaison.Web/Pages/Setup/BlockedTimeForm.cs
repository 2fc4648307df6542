using System.ComponentModel.DataAnnotations;
using Liaison.Data.Entities;
using Liaison.Domain;
using Liaison.Web.BlockedTimes;
using NodaTime;

namespace Liaison.Web.Pages.Setup;

/// <summary>
/// The blocked-time form's fields: a block on one event-local date (a block spanning several days is
/// made through the API); the limits are <see cref="BlockedTimeInput"/>'s, the messages in this form's resx.
/// </summary>
public sealed class BlockedTimeForm : LocalTimesForm
{
    /// <summary>Id in scenario files, e.g. <c>opening</c>; fixed once created.</summary>
    [Required(ErrorMessage = "IdRequired")]
    [StringLength(64, ErrorMessage = "IdTooLong")]
    [Display(Name = "ScenarioId")]
    public string ScenarioId { get; set; } = "";

    /// <summary>What happens then, e.g. "Opening ceremony".</summary>
    [Required(ErrorMessage = "LabelRequired")]
    [StringLength(200, ErrorMessage = "LabelTooLong")]
    [Display(Name = "Label")]
    public string Label { get; set; } = "";

    /// <summary>Plenary, ceremony or other (a principal's own engagement).</summary>
    [Display(Name = "Kind")]
    public BlockedTimeKind Kind { get; set; } = BlockedTimeKind.Plenary;

    /// <summary>Scenario ids of the principals and delegations blocked; none chosen blocks everyone.</summary>
    [Display(Name = "ParticipantIds")]
    public List<string> ParticipantIds { get; set; } = [];

    /// <summary>The version read (0 for a new blocked time).</summary>
    public int Version { get; set; }

    /// <summary>The form filled from a stored blocked time, its times in the event's zone.</summary>
    /// <param name="block">The blocked time.</param>
    /// <param name="zone">The event's zone.</param>
    public static BlockedTimeForm From(BlockedTimeEntity block, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(block);
        var (start, end) = (block.Start.InZone(zone), block.End.InZone(zone));
        var form = new BlockedTimeForm { ScenarioId = block.ScenarioId, Label = block.Label, Kind = block.Kind, ParticipantIds = block.ParticipantIds, Version = block.Version };
        form.Fill(start.Date, start.TimeOfDay, end.TimeOfDay);
        return form;
    }

    /// <summary>The API's input for the shared change service, given the instants the local times stand for.</summary>
    /// <param name="start">The start's instant in the event's zone.</param>
    /// <param name="end">The end's instant in the event's zone.</param>
    /// <param name="unscheduleMeetings">Whether the user confirmed unscheduling the meetings in the way.</param>
    public BlockedTimeInput ToInput(Instant start, Instant end, bool unscheduleMeetings) =>
        new(ScenarioId.Trim(), Label.Trim(), Kind, start.ToDateTimeOffset(), end.ToDateTimeOffset(), ParticipantIds, unscheduleMeetings, Version);
}
