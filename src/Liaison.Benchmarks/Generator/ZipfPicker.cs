namespace Liaison.Benchmarks.Generator;

/// <summary>Draws ranks 0..n-1 with probability proportional to 1/(rank+1)^s (a Zipf law), by binary search on cumulative weights.</summary>
/// <remarks>Not thread-safe: it shares the caller's <see cref="Random"/>.</remarks>
internal sealed class ZipfPicker
{
    private readonly double[] _cumulative;
    private readonly Random _random;

    public ZipfPicker(int count, double exponent, Random random)
    {
        _random = random;
        _cumulative = new double[count];
        var total = 0.0;
        for (var rank = 0; rank < count; rank++)
        {
            total += 1.0 / Math.Pow(rank + 1, exponent);
            _cumulative[rank] = total;
        }
    }

    public int Next()
    {
        var target = _random.NextDouble() * _cumulative[^1];
        var index = Array.BinarySearch(_cumulative, target);
        return Math.Min(index < 0 ? ~index : index, _cumulative.Length - 1);
    }
}
