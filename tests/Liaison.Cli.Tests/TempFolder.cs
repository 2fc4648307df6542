namespace Liaison.Cli.Tests;

/// <summary>A folder of its own for one test, removed afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "liaison-cli-tests", System.IO.Path.GetRandomFileName());
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public string WriteFile(string name, string content)
    {
        var path = Combine(name);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>Every file and folder under the temp folder, relative, sorted.</summary>
    public IReadOnlyList<string> Listing() =>
        Directory.EnumerateFileSystemEntries(Path, "*", SearchOption.AllDirectories)
            .Select(p => System.IO.Path.GetRelativePath(Path, p))
            .Order(StringComparer.Ordinal)
            .ToList();

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
