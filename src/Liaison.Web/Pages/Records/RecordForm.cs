using System.ComponentModel.DataAnnotations;
using Liaison.Domain;
using Liaison.Domain.Records;

namespace Liaison.Web.Pages.Records;

/// <summary>The fields of the meeting record form (labels and messages in <c>Resources/Pages/Records/RecordForm.resx</c>).</summary>
public sealed class RecordForm
{
    /// <summary>The people at the table; blank rows are dropped.</summary>
    public List<AttendeeInput> Attendees { get; set; } = [];

    /// <summary>Codes of the topics discussed, from the event's taxonomy.</summary>
    [Display(Name = "Topics")]
    public List<string> Topics { get; set; } = [];

    /// <summary>What was said, at most 4000 characters; empty when not yet written.</summary>
    [StringLength(4000, ErrorMessage = "SummaryLength")]
    [Display(Name = "Summary")]
    public string? Summary { get; set; }

    /// <summary>What the meeting led to.</summary>
    [Display(Name = "Outcome")]
    public MeetingOutcome Outcome { get; set; }

    /// <summary>Who may read the summary and attendees.</summary>
    [Display(Name = "Confidentiality")]
    public Confidentiality Confidentiality { get; set; }

    /// <summary>Whether the meeting may be named in public output.</summary>
    [Display(Name = "Publicity")]
    public Publicity Publicity { get; set; }

    /// <summary>The form filled from a stored record, with <paramref name="blankRows"/> empty attendee rows after its attendees.</summary>
    /// <param name="record">The stored record.</param>
    /// <param name="blankRows">Empty rows to add, 0 or more.</param>
    public static RecordForm From(MeetingRecord record, int blankRows)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new RecordForm
        {
            Attendees = record.Attendees.Select(a => new AttendeeInput { Name = a.Name, Title = a.Title, Side = a.Side })
                .Concat(Enumerable.Range(0, blankRows).Select(_ => new AttendeeInput())).ToList(),
            Topics = record.TopicCodes.ToList(),
            Summary = record.Summary,
            Outcome = record.Outcome,
            Confidentiality = record.Confidentiality,
            Publicity = record.Publicity,
        };
    }
}
