using Liaison.Data.Entities;
using Liaison.Web.WorkingDays;

namespace Liaison.Web.Pages.Setup;

/// <summary>The working-day form's fields, event-local in the event's zone; the rules are <see cref="WorkingDayChanges"/>'s, the messages in this form's resx.</summary>
public sealed class DayForm : LocalTimesForm
{
    /// <summary>The version read (0 for a new day).</summary>
    public int Version { get; set; }

    /// <summary>The form filled from a stored day.</summary>
    /// <param name="day">The day.</param>
    public static DayForm From(EventDayEntity day)
    {
        ArgumentNullException.ThrowIfNull(day);
        var form = new DayForm { Version = day.Version };
        form.Fill(day.Date, day.Start, day.End);
        return form;
    }

    /// <summary>The change for the shared service (call on a valid form).</summary>
    /// <param name="unscheduleMeetings">Whether the user confirmed unscheduling the meetings in the way.</param>
    public WorkingDayChange ToChange(bool unscheduleMeetings) => new(ReadDate(), ReadStart(), ReadEnd(), unscheduleMeetings, Version);
}
