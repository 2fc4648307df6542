namespace Liaison.Web.Partners;

/// <summary>A partner's history across every event in the database.</summary>
/// <param name="PartyCode">The partner's party code (ISO 3166-1 or organisation code).</param>
/// <param name="Events">The events it appears in, oldest first, each saying whether the partner was new there.</param>
/// <param name="Entries">Meetings, agreements and commitments in time order.</param>
public sealed record PartnerHistoryResponse(string PartyCode, IReadOnlyList<PartnerEventResponse> Events, IReadOnlyList<PartnerEntryResponse> Entries);
