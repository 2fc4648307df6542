namespace Liaison.Benchmarks.OptaPlanner;

/// <summary>
/// An OptaPlanner meeting-scheduling instance as read from its workbook: days cut into 15-minute grains,
/// rooms, persons, meetings and constraint weights. Immutable; safe to share between threads.
/// </summary>
public sealed class MeetingProblem
{
    /// <summary>Grain length in minutes.</summary>
    public const int GrainMinutes = 15;

    /// <summary>Creates the instance and cuts its days into grains (see <see cref="Grains"/>).</summary>
    /// <param name="days">The days, in order.</param>
    /// <param name="rooms">The rooms.</param>
    /// <param name="persons">The persons' full names.</param>
    /// <param name="meetings">The meetings, in sheet order.</param>
    /// <param name="weights">The constraint weights.</param>
    public MeetingProblem(IReadOnlyList<MeetingDay> days, IReadOnlyList<MeetingRoom> rooms,
        IReadOnlyList<string> persons, IReadOnlyList<Meeting> meetings, ConstraintWeights weights)
    {
        Days = days;
        Rooms = rooms;
        Persons = persons;
        Meetings = meetings;
        Weights = weights;
        Grains = CutIntoGrains(days);
    }

    /// <summary>The days, in order.</summary>
    public IReadOnlyList<MeetingDay> Days { get; }

    /// <summary>
    /// The grains: for each day in order, one every 15 minutes from its start while the grain starts before its end,
    /// leaving out grains that start within the hour after lunch starts (the README's rule).
    /// </summary>
    public IReadOnlyList<TimeGrain> Grains { get; }

    /// <summary>The rooms.</summary>
    public IReadOnlyList<MeetingRoom> Rooms { get; }

    /// <summary>The persons' full names; meetings refer to them by index.</summary>
    public IReadOnlyList<string> Persons { get; }

    /// <summary>The meetings, in sheet order.</summary>
    public IReadOnlyList<Meeting> Meetings { get; }

    /// <summary>The constraint weights.</summary>
    public ConstraintWeights Weights { get; }

    /// <summary>Whether a meeting of <paramref name="durationGrains"/> starting at <paramref name="grain"/> ends on its starting day within the horizon.</summary>
    /// <param name="grain">Starting grain index.</param>
    /// <param name="durationGrains">Duration in grains.</param>
    /// <returns>True when its last index is a grain of the same day.</returns>
    public bool FitsInDay(int grain, int durationGrains)
    {
        var last = grain + durationGrains - 1;
        return grain >= 0 && last < Grains.Count && Grains[last].Day == Grains[grain].Day;
    }

    private static List<TimeGrain> CutIntoGrains(IReadOnlyList<MeetingDay> days)
    {
        var grains = new List<TimeGrain>();
        for (var day = 0; day < days.Count; day++)
        {
            var d = days[day];
            var lunchEnd = d.LunchStart.PlusHours(1);
            for (var t = d.Start; t < d.End && t >= d.Start; t = t.PlusMinutes(GrainMinutes))
            {
                if (t >= d.LunchStart && t < lunchEnd)
                {
                    continue;
                }

                grains.Add(new TimeGrain(grains.Count, day, t));
            }
        }

        return grains;
    }
}
