namespace Liaison.Web.Tests.Infrastructure;

/// <summary>Files of the repository the tests read as they are in the source tree.</summary>
public static class RepositoryFiles
{
    /// <summary>The <c>src/Liaison.Web</c> folder, found above the test binaries.</summary>
    public static string WebProject()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "src", "Liaison.Web");
            if (File.Exists(Path.Combine(candidate, "Liaison.Web.csproj")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("src/Liaison.Web is not above the test binaries.");
    }
}
