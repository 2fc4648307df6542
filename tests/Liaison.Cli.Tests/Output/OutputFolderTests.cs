using Liaison.Cli.Output;

namespace Liaison.Cli.Tests.Output;

public sealed class OutputFolderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void CreatesTheMissingTargetWithEveryFileOnCommit()
    {
        var target = _folder.Combine("a", "b");

        using (var output = OutputFolder.Stage(target))
        {
            output.Write("one.txt", s => s.WriteByte((byte)'1'));
            output.Write("two.txt", s => s.WriteByte((byte)'2'));
            output.Commit();
        }

        Assert.Equal(["a", "a/b", "a/b/one.txt", "a/b/two.txt"], Listing());
        Assert.Equal("2", File.ReadAllText(Path.Combine(target, "two.txt")));
    }

    [Fact]
    public void LeavesNoTraceOfTheFilesWhenNotCommitted()
    {
        var target = _folder.Combine("out");

        using (var output = OutputFolder.Stage(target))
        {
            output.Write("one.txt", s => s.WriteByte((byte)'1'));
        }

        Assert.Empty(_folder.Listing());
    }

    [Fact]
    public void LeavesTheExistingFilesAsTheyWereWhenAWriterFails()
    {
        var target = _folder.Combine("out");
        Directory.CreateDirectory(target);
        _folder.WriteFile(Path.Combine("out", "one.txt"), "old");

        Assert.Throws<InvalidOperationException>(() =>
        {
            using var output = OutputFolder.Stage(target);
            output.Write("one.txt", s => s.WriteByte((byte)'1'));
            output.Write("two.txt", _ => throw new InvalidOperationException("writer failed"));
        });

        Assert.Equal(["out", "out/one.txt"], Listing());
        Assert.Equal("old", File.ReadAllText(Path.Combine(target, "one.txt")));
    }

    [Fact]
    public void RefusesATargetThatIsAFile()
    {
        var file = _folder.WriteFile("file", "x");

        var problem = Assert.Throws<BadInputException>(() => OutputFolder.Stage(file));

        Assert.Equal($"{file}: is a file, not a folder. Fix: give --out a folder path (it is created if missing).", Assert.Single(problem.Lines));
    }

    [Fact]
    public void NamesTheFolderItCannotCreateWithoutTheStagingName()
    {
        var parent = _folder.WriteFile("plain-file", "x");
        var target = Path.Combine(parent, "out");

        var problem = Assert.Throws<BadInputException>(() => OutputFolder.Stage(target));

        var line = Assert.Single(problem.Lines);
        Assert.StartsWith($"cannot create the folder {target}: ", line, StringComparison.Ordinal);
        Assert.EndsWith(". Fix: choose a folder you can write to.", line, StringComparison.Ordinal);
        Assert.DoesNotContain(".out.liaison-", line, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    private List<string> Listing() => _folder.Listing().Select(p => p.Replace(Path.DirectorySeparatorChar, '/')).ToList();
}
