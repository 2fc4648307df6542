namespace Liaison.Benchmarks.Tests.OptaPlanner;

/// <summary>
/// The published OptaPlanner workbooks, read in place from <c>../shared/benchmarks/optaplanner-meetingscheduling</c>
/// beside the clone (never copied into the repository). Fails, rather than skips, when they are absent.
/// </summary>
internal static class BenchmarkFiles
{
    public static string Fifty => Instance("50meetings-160timegrains-5rooms.xlsx");

    public static string Instance(string name)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Liaison.sln")))
        {
            folder = folder.Parent;
        }

        if (folder?.Parent is null)
        {
            throw new InvalidOperationException($"No Liaison.sln above {AppContext.BaseDirectory}: cannot find the repository root.");
        }

        var path = Path.Combine(folder.Parent.FullName, "shared", "benchmarks", "optaplanner-meetingscheduling", name);
        return File.Exists(path)
            ? path
            : throw new InvalidOperationException($"Benchmark workbook {path} is missing: the tests expect shared/ beside the clone, as CI lays it.");
    }
}
