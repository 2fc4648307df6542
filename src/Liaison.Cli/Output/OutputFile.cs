namespace Liaison.Cli.Output;

/// <summary>
/// Writes one file all-or-nothing: the content goes into a hidden file beside the target, which is then renamed
/// over it, so a reader never sees a half-written file and a failure leaves the old file (or none) in place.
/// </summary>
internal static class OutputFile
{
    /// <summary>Writes <paramref name="content"/> to <paramref name="path"/>, replacing any file there.</summary>
    /// <param name="path">The file as the user gave it; its folder must exist.</param>
    /// <param name="content">The whole content.</param>
    /// <exception cref="BadInputException">When the folder is missing or the file cannot be written; nothing is left behind.</exception>
    public static void Write(string path, ReadOnlySpan<byte> content)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full) ?? throw new BadInputException($"{path}: is not a file path. Fix: give --out a file such as out/report.pdf.");
        if (!Directory.Exists(folder))
        {
            throw new BadInputException($"{path}: the folder {folder} does not exist. Fix: create it or give --out a path in an existing folder.");
        }

        var staging = Path.Combine(folder, $".{Path.GetFileName(full)}.liaison-{Path.GetRandomFileName()}");
        try
        {
            File.WriteAllBytes(staging, content);
            File.Move(staging, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(staging);
            var reason = e is UnauthorizedAccessException ? "permission denied" : e.Message.Replace(staging, full, StringComparison.Ordinal).TrimEnd('.');
            throw new BadInputException($"{path}: cannot be written ({reason}). Fix: choose a file in a folder you can write to.", e);
        }
    }
}
