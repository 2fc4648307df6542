namespace Liaison.Cli.Output;

/// <summary>
/// Writes a set of files so that the target folder gets all of them or none: files go into a hidden
/// staging folder beside the target, and only <see cref="Commit"/> moves them into place (replacing
/// files of the same names). Disposing without committing removes the staging folder.
/// </summary>
/// <remarks>
/// Each move is a rename within one file system, so a reader never sees a half-written file.
/// Not thread-safe. Every I/O failure surfaces as a <see cref="BadInputException"/> naming the folder.
/// </remarks>
internal sealed class OutputFolder : IDisposable
{
    private readonly string _target;
    private readonly string _staging;
    private readonly List<string> _written = [];
    private bool _committed;

    private OutputFolder(string target, string staging)
    {
        _target = target;
        _staging = staging;
    }

    /// <summary>Creates the staging folder beside <paramref name="target"/> (and any missing parent folders).</summary>
    /// <param name="target">The folder the files are for, as the user gave it.</param>
    /// <exception cref="BadInputException">When the target is a file or the folder cannot be written.</exception>
    public static OutputFolder Stage(string target)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(target));
        if (File.Exists(full))
        {
            throw new BadInputException($"{target}: is a file, not a folder. Fix: give --out a folder path (it is created if missing).");
        }

        var parent = Path.GetDirectoryName(full)
            ?? throw new BadInputException($"{target}: is the root of the file system. Fix: give --out a folder below it, e.g. out/marrakech.");
        var staging = Path.Combine(parent, $".{Path.GetFileName(full)}.liaison-{Path.GetRandomFileName()}");
        Guard(() => Directory.CreateDirectory(staging), e =>
            $"cannot create the folder {target}: {Reason(e, staging, target)}. Fix: choose a folder you can write to.");
        return new OutputFolder(full, staging);
    }

    /// <summary>Writes one file into the staging folder.</summary>
    /// <param name="fileName">A plain file name such as programme.json.</param>
    /// <param name="write">Writes the content; the stream is closed afterwards.</param>
    /// <exception cref="BadInputException">When the file cannot be written.</exception>
    public void Write(string fileName, Action<Stream> write)
    {
        ObjectDisposedException.ThrowIf(_committed, this);
        Guard(() =>
        {
            using var stream = new FileStream(Path.Combine(_staging, fileName), FileMode.CreateNew, FileAccess.Write);
            write(stream);
        }, e => $"cannot write {fileName} into the folder {_target}: {Reason(e, _staging, _target)}. Fix: choose a folder you can write to.");
        _written.Add(fileName);
    }

    /// <summary>Moves every written file into the target folder, creating it if missing.</summary>
    /// <exception cref="BadInputException">When the files cannot be moved.</exception>
    public void Commit()
    {
        Guard(() =>
        {
            if (!Directory.Exists(_target))
            {
                Directory.Move(_staging, _target);
                return;
            }

            foreach (var name in _written)
            {
                File.Move(Path.Combine(_staging, name), Path.Combine(_target, name), overwrite: true);
            }

            Directory.Delete(_staging, recursive: true);
        }, e => $"cannot move the programme files into the folder {_target}: {Reason(e, _staging, _target)}. Fix: choose a folder you can write to.");
        _committed = true;
    }

    /// <summary>Removes the staging folder if <see cref="Commit"/> did not run.</summary>
    public void Dispose()
    {
        if (!_committed && Directory.Exists(_staging))
        {
            Directory.Delete(_staging, recursive: true);
        }

        _committed = true;
    }

    private static void Guard(Action action, Func<Exception, string> describe)
    {
        try
        {
            action();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BadInputException(describe(e), e);
        }
    }

    /// <summary>Why an I/O step failed, in plain words and without the internal staging folder's name.</summary>
    private static string Reason(Exception e, string staging, string target) => e switch
    {
        UnauthorizedAccessException => "permission denied",
        FileNotFoundException or DirectoryNotFoundException => "the file system there does not accept new folders or files",
        _ => e.Message.Replace(staging, target, StringComparison.Ordinal).TrimEnd('.'),
    };
}
