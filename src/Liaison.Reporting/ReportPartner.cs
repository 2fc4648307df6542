using Liaison.Domain;

namespace Liaison.Reporting;

/// <summary>A partner named in the report: a country or an organisation, in the report's language.</summary>
/// <param name="Code">ISO 3166-1 alpha-2 code for a country (the map shades it), organisation code otherwise.</param>
/// <param name="Kind">Country or organisation.</param>
/// <param name="Name">The name in the report's language (CLDR for countries, the party's own names for organisations).</param>
/// <param name="Meetings">Meetings with this partner that the report may name; at least 1.</param>
/// <param name="IsNew">Whether this event was the first with a meeting or agreement with the partner.</param>
public sealed record ReportPartner(string Code, PartyKind Kind, string Name, int Meetings, bool IsNew);
