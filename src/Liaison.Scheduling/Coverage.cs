using System.Collections;

namespace Liaison.Scheduling;

/// <summary>
/// The minutes of a working day that some of a group of requests could occupy (the union of their
/// meetings at every feasible start), for the capacity bound; computed once per distinct start array.
/// </summary>
internal sealed class Coverage
{
    private readonly PlanningProblem _problem;
    private readonly Dictionary<(long[] Starts, long Duration), BitArray> _byStarts = new(new KeyComparer());

    /// <summary>Coverage over <paramref name="problem"/>'s timeline.</summary>
    public Coverage(PlanningProblem problem)
    {
        _problem = problem;
    }

    /// <summary>The minutes of day <paramref name="day"/> that a meeting of some of <paramref name="requests"/> (by index) could occupy.</summary>
    public BitArray Of(IEnumerable<int> requests, int day)
    {
        var union = new BitArray((int)_problem.Horizon);
        foreach (var key in requests.Select(i => (_problem.Requests[i].Starts, _problem.Requests[i].Duration)).Distinct(new KeyComparer()))
        {
            if (!_byStarts.TryGetValue(key, out var minutes))
            {
                minutes = new BitArray((int)_problem.Horizon);
                foreach (var start in key.Starts)
                {
                    for (var m = start; m < start + key.Duration; m++)
                    {
                        minutes[(int)m] = true;
                    }
                }

                _byStarts[key] = minutes;
            }

            union.Or(minutes);
        }

        var span = _problem.Timeline.Days[day];
        var result = new BitArray((int)_problem.Horizon);
        for (var m = span.Start; m < span.End; m++)
        {
            result[(int)m] = union[(int)m];
        }

        return result;
    }

    /// <summary>The number of minutes set in <paramref name="minutes"/>.</summary>
    public static int Count(BitArray minutes)
    {
        var count = 0;
        for (var m = 0; m < minutes.Length; m++)
        {
            count += minutes[m] ? 1 : 0;
        }

        return count;
    }

    /// <summary>The minutes of <paramref name="usable"/> in which interpreter <paramref name="k"/> is available.</summary>
    public int Available(int k, BitArray usable)
    {
        var interpreter = _problem.Scenario.Interpreters[k];
        if (interpreter.Availability.Count == 0)
        {
            return Count(usable);
        }

        var count = 0;
        foreach (var span in _problem.Timeline.ToSpans(interpreter.Availability))
        {
            for (var m = Math.Max(span.Start, 0); m < Math.Min(span.End, _problem.Horizon); m++)
            {
                count += usable[(int)m] ? 1 : 0;
            }
        }

        return count;
    }

    private sealed class KeyComparer : IEqualityComparer<(long[] Starts, long Duration)>
    {
        public bool Equals((long[] Starts, long Duration) x, (long[] Starts, long Duration) y) => ReferenceEquals(x.Item1, y.Item1) && x.Item2 == y.Item2;

        public int GetHashCode((long[] Starts, long Duration) obj) => HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Item1), obj.Item2);
    }
}
