using System.Globalization;
using CsvHelper;
using Liaison.Domain;
using Liaison.Domain.Programmes;

namespace Liaison.Interchange.Programmes;

/// <summary>
/// Writes programme.csv: RFC 4180 (comma-separated, CRLF line ends, quoted where needed), UTF-8
/// with a byte-order mark so that Excel opens Arabic text intact, one row per meeting in start
/// order, times event-local with their UTC offset and zone in their own columns.
/// </summary>
/// <remarks>Culture-invariant. Several values in one cell are joined by "; ". Stateless and thread-safe.</remarks>
internal static class ProgrammeCsvWriter
{
    private const string Separator = "; ";

    /// <summary>The columns, in order: header and cell value.</summary>
    private static readonly (string Header, Func<MeetingFacts, string> Cell)[] Columns =
    [
        ("Date", f => TimeText.Date.Format(f.Start.Date)),
        ("Start", f => TimeText.TimeOfDay.Format(f.Start.TimeOfDay)),
        ("End", f => TimeText.TimeOfDay.Format(f.End.TimeOfDay)),
        ("UTC offset", f => TimeText.Offset.Format(f.Start.Offset)),
        ("Time zone", f => f.Zone.Id),
        ("Request id", f => f.Meeting.RequestId),
        ("Requested by", f => f.Requester.DisplayName),
        ("Counterpart codes", f => Join(f.Counterparts.Select(p => p.Code))),
        ("Counterpart names", f => Join(f.Counterparts.Select(p => p.Name))),
        ("Invitees", f => Join(f.Invitees.Select(p => p.DisplayName))),
        ("Room", f => f.Room.Name),
        ("Interpreters", f => Join(f.Interpreters.Select(i => i.Name))),
        ("Topics", f => Join(f.Request.Topics)),
        ("Publicity", f => f.PublicityText),
        ("Signing", f => f.Request.NeedsSigningRoom ? "yes" : "no"),
    ];

    /// <summary>The header row's cells, in column order.</summary>
    public static IReadOnlyList<string> Headers { get; } = Columns.Select(c => c.Header).ToList();

    /// <summary>Writes the file to <paramref name="output"/>, leaving it open.</summary>
    public static void Write(Scenario scenario, Programme programme, Stream output)
    {
        var options = new CsvWriterOptions
        {
            WriteByteOrderMark = true,
            NewLine = "\r\n",
            Separator = ',',
            FormatProvider = CultureInfo.InvariantCulture,
        };
        using var csv = CsvWriter.Create(output, options, true);
        csv.WriteRecord([.. Headers]);
        foreach (var facts in MeetingFacts.Of(scenario, programme))
        {
            csv.WriteRecord(Columns.Select(c => c.Cell(facts)).ToArray());
        }
    }

    private static string Join(IEnumerable<string> values) => string.Join(Separator, values);
}
