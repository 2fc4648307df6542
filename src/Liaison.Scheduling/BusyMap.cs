namespace Liaison.Scheduling;

/// <summary>
/// Which minutes of the <see cref="Timeline"/> each resource (participant, room or interpreter,
/// by index) is busy, one bit per minute, so that checking a meeting costs a few word operations
/// whatever the number of meetings already placed.
/// </summary>
/// <remarks>Not thread-safe: one search owns it.</remarks>
internal sealed class BusyMap
{
    private readonly ulong[][] _bits;

    /// <summary>A map of <paramref name="resources"/> resources over minutes [0, <paramref name="horizon"/>).</summary>
    public BusyMap(int resources, long horizon)
    {
        var words = (int)((horizon + 63) / 64);
        _bits = new ulong[resources][];
        for (var i = 0; i < resources; i++)
        {
            _bits[i] = new ulong[words];
        }
    }

    /// <summary>Whether the resource is free for the whole of [start, end).</summary>
    public bool IsFree(int resource, long start, long end)
    {
        var bits = _bits[resource];
        for (var word = start >> 6; word <= (end - 1) >> 6; word++)
        {
            if ((bits[word] & Mask(word, start, end)) != 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Marks [start, end) busy.</summary>
    public void Mark(int resource, long start, long end)
    {
        var bits = _bits[resource];
        for (var word = start >> 6; word <= (end - 1) >> 6; word++)
        {
            bits[word] |= Mask(word, start, end);
        }
    }

    /// <summary>Marks [start, end) free.</summary>
    public void Clear(int resource, long start, long end)
    {
        var bits = _bits[resource];
        for (var word = start >> 6; word <= (end - 1) >> 6; word++)
        {
            bits[word] &= ~Mask(word, start, end);
        }
    }

    /// <summary>The bits of word <paramref name="word"/> that lie in [start, end).</summary>
    private static ulong Mask(long word, long start, long end)
    {
        var from = Math.Max(start - (word << 6), 0);
        var to = Math.Min(end - (word << 6), 64);
        var high = to == 64 ? ulong.MaxValue : (1UL << (int)to) - 1;
        return high & ~((1UL << (int)from) - 1);
    }
}
