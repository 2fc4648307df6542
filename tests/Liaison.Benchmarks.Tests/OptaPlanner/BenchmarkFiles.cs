namespace Liaison.Benchmarks.Tests.OptaPlanner;

/// <summary>
/// The published OptaPlanner 50-meeting workbook, copied with its LICENSE and NOTICE into
/// <c>OptaPlanner/Workbooks</c> and from there into the test output, so the tests run wherever the
/// clone lies.
/// </summary>
internal static class BenchmarkFiles
{
    public static string Fifty => Instance("50meetings-160timegrains-5rooms.xlsx");

    public static string Instance(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "OptaPlanner", "Workbooks", name);
        return File.Exists(path)
            ? path
            : throw new InvalidOperationException($"Benchmark workbook {path} is missing from the test output: check the test project copies OptaPlanner/Workbooks.");
    }
}
