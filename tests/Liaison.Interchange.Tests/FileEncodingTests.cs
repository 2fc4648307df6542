using System.Text;

namespace Liaison.Interchange.Tests;

/// <summary>Scenario and programme files must be UTF-8: other encodings are refused with the first bad byte's place; a byte-order mark is allowed.</summary>
public sealed class FileEncodingTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("liaison-encoding-");

    [Fact]
    public void RefusesALatin1ScenarioNamingTheFirstInvalidByte()
    {
        var text = TestScenarios.Marrakech().ToJsonString().Replace("\"formatVersion\":1,", "\"formatVersion\":1,\n\"note\":\"caf\u00e9\",", StringComparison.Ordinal);
        var path = Write("latin1.json", Encoding.Latin1.GetBytes(text));

        var error = Assert.Throws<InvalidFileException>(() => ScenarioFile.Read(path));

        var problem = Assert.Single(error.Problems);
        Assert.Equal("the file is not UTF-8 text (first invalid byte at line 2, column 12)", problem.Message);
        Assert.Equal("save it as UTF-8", problem.Fix);
    }

    [Fact]
    public void ReadsAScenarioWithAByteOrderMark()
    {
        var path = Write("bom.json", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(TestScenarios.Marrakech().ToJsonString())]);

        var scenario = ScenarioFile.Read(path);

        Assert.Equal("Africa/Casablanca", scenario.Event.TimeZone.Id);
    }

    [Fact]
    public void RefusesAProgrammeFileThatIsNotUtf8()
    {
        var scenario = TestScenarios.Parse(TestScenarios.Marrakech());
        var path = Write("programme.json", [(byte)'{', 0xFF, (byte)'}']);

        var error = Assert.Throws<InvalidFileException>(() => ProgrammeFiles.ReadJson(scenario, path));

        Assert.Equal("the file is not UTF-8 text (first invalid byte at line 1, column 2)", Assert.Single(error.Problems).Message);
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
