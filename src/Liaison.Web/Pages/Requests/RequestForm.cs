using System.ComponentModel.DataAnnotations;
using Liaison.Domain;

namespace Liaison.Web.Pages.Requests;

/// <summary>
/// The fields of the request form. Messages and labels are keys of
/// <c>Resources/Pages/Requests/RequestForm.resx</c>, shown next to each field in the user's language.
/// </summary>
public sealed class RequestForm
{
    /// <summary>Scenario id of the requesting delegation (a liaison officer: always its own).</summary>
    [Required(ErrorMessage = "RequestedByRequired")]
    [Display(Name = "RequestedBy")]
    public string? RequestedBy { get; set; }

    /// <summary>Scenario ids of the principals or delegations asked for; at least one.</summary>
    [MinLength(1, ErrorMessage = "InviteesRequired")]
    [Display(Name = "Invitees")]
    public List<string> Invitees { get; set; } = [];

    /// <summary>Length in minutes, 5 to 480, a multiple of the event's planning step (checked by the page).</summary>
    [Range(5, 480, ErrorMessage = "DurationRange")]
    [Display(Name = "DurationMinutes")]
    public int DurationMinutes { get; set; } = 30;

    /// <summary>1 (lowest) to 5 (highest).</summary>
    [Range(MeetingRequest.MinPriority, MeetingRequest.MaxPriority, ErrorMessage = "PriorityRange")]
    [Display(Name = "Priority")]
    public int Priority { get; set; } = 3;

    /// <summary>Topic codes separated by commas, e.g. <c>cybercrime, terrorism</c>.</summary>
    [StringLength(500, ErrorMessage = "TopicsLength")]
    [Display(Name = "Topics")]
    public string? Topics { get; set; }

    /// <summary>Whether an agreement will be signed (needs a signing room).</summary>
    [Display(Name = "NeedsSigningRoom")]
    public bool NeedsSigningRoom { get; set; }

    /// <summary>Whether the meeting may not be named in public output.</summary>
    [Display(Name = "Confidential")]
    public bool Confidential { get; set; }

    /// <summary>People at the table, both sides, 2 to 200.</summary>
    [Range(2, 200, ErrorMessage = "AttendeesRange")]
    [Display(Name = "ExpectedAttendees")]
    public int ExpectedAttendees { get; set; } = 4;

    /// <summary>The topics as a list: trimmed, empty entries dropped.</summary>
    public IReadOnlyList<string> TopicList() =>
        (Topics ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
