namespace Liaison.Web.Tests.Infrastructure;

/// <summary>The repository's sample files, found above the test binaries.</summary>
public static class Samples
{
    /// <summary>The path of samples/marrakech-2024/scenario.json.</summary>
    public static string MarrakechScenario()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "samples", "marrakech-2024", "scenario.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("samples/marrakech-2024/scenario.json is not above the test binaries.");
    }
}
