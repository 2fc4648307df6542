using NodaTime;
using NodaTime.Text;

namespace Liaison.Domain.Agreements;

/// <summary>
/// An entry of the agreements register: a memorandum of understanding or other instrument between our agency and a
/// partner, where and when it was signed, its subjects, and its status with every recorded move.
/// </summary>
/// <remarks>
/// Immutable and thread-safe; <see cref="MoveTo"/> returns a new agreement. The constructor checks that the history
/// is a chain of allowed moves ending in <see cref="Status"/>, so a constructed agreement never holds a move the
/// lifecycle refuses.
/// </remarks>
public sealed class Agreement
{
    /// <summary>Creates an agreement.</summary>
    /// <param name="id">Register-unique id, e.g. <c>mou-et-2024</c>.</param>
    /// <param name="kind">The instrument.</param>
    /// <param name="titles">Titles in the authentic languages, keyed by BCP 47 tag; at least one.</param>
    /// <param name="partnerPartyCode">The partner's country (ISO 3166-1) or organisation code.</param>
    /// <param name="partnerAgencyName">The partner agency, e.g. "Ethiopian Federal Police", or <c>null</c>.</param>
    /// <param name="ourAgencyName">Our signing agency, or <c>null</c>.</param>
    /// <param name="signedOn">Date of signature; required once signed (Signed, InForce, Expired).</param>
    /// <param name="signedPlace">Place of signature, or <c>null</c>.</param>
    /// <param name="meetingRequestId">The meeting at which it was signed or agreed, or <c>null</c>.</param>
    /// <param name="subjectTopicCodes">Subject areas, topic codes; repeated codes are kept once.</param>
    /// <param name="status">The current status.</param>
    /// <param name="history">Recorded moves, oldest first: each starts where the previous ended, dates never go back, and the last ends in <paramref name="status"/>. May be empty for an agreement entered as it stands.</param>
    /// <param name="entryIntoForce">Date of entry into force; required in force or expired; not before signature.</param>
    /// <param name="durationMonths">Duration in months, positive, or <c>null</c> when open-ended.</param>
    /// <param name="renewalDate">When it is due for renewal, not before entry into force, or <c>null</c>.</param>
    /// <exception cref="ArgumentException">When any of the rules above is broken; the message names the agreement and the rule.</exception>
    public Agreement(string id, AgreementKind kind, IReadOnlyDictionary<string, string> titles, string partnerPartyCode,
        string? partnerAgencyName, string? ourAgencyName, LocalDate? signedOn, string? signedPlace, string? meetingRequestId,
        IEnumerable<string> subjectTopicCodes, AgreementStatus status, IEnumerable<AgreementStatusChange> history,
        LocalDate? entryIntoForce, int? durationMonths, LocalDate? renewalDate)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(partnerPartyCode);
        ArgumentNullException.ThrowIfNull(subjectTopicCodes);
        ArgumentNullException.ThrowIfNull(history);
        Id = id;
        Kind = kind;
        Titles = LanguageNames.Copy(titles, $"Agreement '{id}'");
        Require(Titles.Count > 0, "has no title; give it in at least one authentic language");
        PartnerPartyCode = partnerPartyCode;
        PartnerAgencyName = Blank(partnerAgencyName);
        OurAgencyName = Blank(ourAgencyName);
        SignedOn = signedOn;
        SignedPlace = Blank(signedPlace);
        MeetingRequestId = Blank(meetingRequestId);
        SubjectTopicCodes = subjectTopicCodes.Distinct(StringComparer.Ordinal).ToList();
        Status = status;
        History = history.ToList();
        EntryIntoForce = entryIntoForce;
        DurationMonths = durationMonths;
        RenewalDate = renewalDate;
        CheckDates();
        CheckHistory();
    }

    /// <summary>Register-unique id.</summary>
    public string Id { get; }

    /// <summary>The instrument.</summary>
    public AgreementKind Kind { get; }

    /// <summary>Titles by normalised language tag (the authentic languages), sorted by tag.</summary>
    public IReadOnlyDictionary<string, string> Titles { get; }

    /// <summary>The partner's country or organisation code.</summary>
    public string PartnerPartyCode { get; }

    /// <summary>The partner agency, or <c>null</c>.</summary>
    public string? PartnerAgencyName { get; }

    /// <summary>Our signing agency, or <c>null</c>.</summary>
    public string? OurAgencyName { get; }

    /// <summary>Date of signature, or <c>null</c> before signature.</summary>
    public LocalDate? SignedOn { get; }

    /// <summary>Place of signature, or <c>null</c>.</summary>
    public string? SignedPlace { get; }

    /// <summary>The meeting request at which it was signed or agreed, or <c>null</c>.</summary>
    public string? MeetingRequestId { get; }

    /// <summary>Subject areas (topic codes), each once, in the order given.</summary>
    public IReadOnlyList<string> SubjectTopicCodes { get; }

    /// <summary>The current status.</summary>
    public AgreementStatus Status { get; }

    /// <summary>Recorded moves, oldest first.</summary>
    public IReadOnlyList<AgreementStatusChange> History { get; }

    /// <summary>Date of entry into force, or <c>null</c>.</summary>
    public LocalDate? EntryIntoForce { get; }

    /// <summary>Duration in months, or <c>null</c> when open-ended.</summary>
    public int? DurationMonths { get; }

    /// <summary>When it is due for renewal, or <c>null</c>.</summary>
    public LocalDate? RenewalDate { get; }

    /// <summary>
    /// This agreement moved to <paramref name="to"/>, with the move added to <see cref="History"/>. Moving to Signed
    /// sets <see cref="SignedOn"/> to <paramref name="on"/> when it is unset; moving to InForce does the same for
    /// <see cref="EntryIntoForce"/>.
    /// </summary>
    /// <param name="to">The new status.</param>
    /// <param name="on">The date of the move; not before the last recorded move.</param>
    /// <param name="by">Who records the move.</param>
    /// <param name="note">Why, or <c>null</c>.</param>
    /// <returns>The moved agreement; this one is unchanged.</returns>
    /// <exception cref="AgreementTransitionException">When the lifecycle does not allow the move.</exception>
    /// <exception cref="ArgumentException">On an empty <paramref name="by"/> or a date before the last move.</exception>
    public Agreement MoveTo(AgreementStatus to, LocalDate on, string by, string? note)
    {
        var change = new AgreementStatusChange(Status, to, on, by, note);
        if (History.Count > 0 && on < History[^1].On)
        {
            throw new ArgumentException(
                $"Agreement '{Id}' cannot move on {Iso(on)}, before its last recorded move on {Iso(History[^1].On)}; moves are kept in date order.", nameof(on));
        }
        return new Agreement(Id, Kind, Titles, PartnerPartyCode, PartnerAgencyName, OurAgencyName,
            to == AgreementStatus.Signed ? SignedOn ?? on : SignedOn, SignedPlace, MeetingRequestId, SubjectTopicCodes, to,
            [.. History, change], to == AgreementStatus.InForce ? EntryIntoForce ?? on : EntryIntoForce, DurationMonths, RenewalDate);
    }

    private void CheckDates()
    {
        var signed = Status is AgreementStatus.Signed or AgreementStatus.InForce or AgreementStatus.Expired;
        Require(!signed || SignedOn is not null, $"is {Status} but has no signature date");
        var inForce = Status is AgreementStatus.InForce or AgreementStatus.Expired;
        Require(!inForce || EntryIntoForce is not null, $"is {Status} but has no date of entry into force");
        Require(SignedOn is null || EntryIntoForce is null || EntryIntoForce >= SignedOn,
            $"enters into force ({Iso(EntryIntoForce)}) before it is signed ({Iso(SignedOn)})");
        Require(DurationMonths is null or > 0, $"has a duration of {DurationMonths} months; give a positive number or none");
        Require(EntryIntoForce is null || RenewalDate is null || RenewalDate >= EntryIntoForce,
            $"is due for renewal ({Iso(RenewalDate)}) before it enters into force ({Iso(EntryIntoForce)})");
        Require(SubjectTopicCodes.All(Topics.Topic.IsValidCode),
            $"names subject '{SubjectTopicCodes.FirstOrDefault(c => !Topics.Topic.IsValidCode(c))}', which is not a topic code");
    }

    private void CheckHistory()
    {
        for (var i = 1; i < History.Count; i++)
        {
            Require(History[i].From == History[i - 1].To,
                $"has a history that moves from {History[i].From} after it had moved to {History[i - 1].To}");
            Require(History[i].On >= History[i - 1].On,
                $"has a move on {Iso(History[i].On)} recorded after one on {Iso(History[i - 1].On)}; moves are kept in date order");
        }

        Require(History.Count == 0 || History[^1].To == Status,
            $"is {Status} but its last recorded move is to {(History.Count == 0 ? Status : History[^1].To)}");
    }

    private void Require(bool condition, string rule)
    {
        if (!condition)
        {
            throw new ArgumentException($"Agreement '{Id}' {rule}.");
        }
    }

    private static string Iso(LocalDate? date) => date is { } d ? LocalDatePattern.Iso.Format(d) : "none";

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
