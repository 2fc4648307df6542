using System.Text;
using CsvHelper;
using Liaison.Domain;

namespace Liaison.Interchange.Tests;

public class ProgrammeCsvTests
{
    private static byte[] Written(Scenario scenario)
    {
        using var stream = new MemoryStream();
        ProgrammeFiles.WriteCsv(scenario, TestProgrammes.Marrakech(scenario), stream);
        return stream.ToArray();
    }

    private static List<Dictionary<string, string>> Rows(byte[] bytes)
    {
        using var csv = CsvReader.Create(bytes, new CsvReaderOptions { HasHeader = true });
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            rows.Add(csv.Headers.ToDictionary(h => h, h => csv.GetString(h)));
        }

        return rows;
    }

    [Fact]
    public void StartsWithTheUtf8ByteOrderMark()
    {
        var bytes = Written(TestScenarios.Parse(TestScenarios.Marrakech()));

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
    }

    [Fact]
    public void KeepsArabicTextIntact()
    {
        var bytes = Written(TestScenarios.Parse(TestScenarios.Marrakech()));

        Assert.Contains(TestScenarios.ArabicTitle, Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        Assert.All(Rows(bytes), row => Assert.Equal(TestScenarios.ArabicTitle, row["Invitees"]));
    }

    [Fact]
    public void WritesOneRowPerMeetingInStartOrderWithEventLocalTimes()
    {
        var rows = Rows(Written(TestScenarios.Parse(TestScenarios.Marrakech())));

        Assert.Equal(2, rows.Count);
        var first = rows[0];
        Assert.Equal(("2024-11-25", "11:30", "12:15", "+01:00", "Africa/Casablanca"), (first["Date"], first["Start"], first["End"], first["UTC offset"], first["Time zone"]));
        Assert.Equal(("R02", "Commissioner General (ET)", "ET", "Ethiopia"), (first["Request id"], first["Requested by"], first["Counterpart codes"], first["Counterpart names"]));
        Assert.Equal(("Salon Atlas", "", "organised-crime; capacity-building", "public", "yes"), (first["Room"], first["Interpreters"], first["Topics"], first["Publicity"], first["Signing"]));
        Assert.Equal(("R01", "2024-11-26", "10:00", "Interpreter AR/EN 1"), (rows[1]["Request id"], rows[1]["Date"], rows[1]["Start"], rows[1]["Interpreters"]));
    }

    [Fact]
    public void EndsEveryRecordWithCrLf()
    {
        var text = Encoding.UTF8.GetString(Written(TestScenarios.Parse(TestScenarios.Marrakech())));

        Assert.Equal(3, text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.DoesNotContain("\n", text.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void QuotesValuesThatHoldCommas()
    {
        var document = TestScenarios.Marrakech();
        document["rooms"]![0]!["name"] = "Salon Atlas, ground floor";
        var rows = Rows(Written(TestScenarios.Parse(document)));

        Assert.Equal("Salon Atlas, ground floor", rows[0]["Room"]);
    }
}
