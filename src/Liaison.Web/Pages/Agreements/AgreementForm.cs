using System.ComponentModel.DataAnnotations;
using Liaison.Domain;
using Liaison.Domain.Agreements;
using Liaison.Domain.Records;
using Liaison.Web.Agreements;
using Liaison.Web.FollowUp;
using Liaison.Web.Pages.Shared;
using NodaTime;

namespace Liaison.Web.Pages.Agreements;

/// <summary>
/// The fields of the agreement form (labels and messages in <c>Resources/Pages/Agreements/AgreementForm.resx</c>; the
/// labels' keys are the stored properties' names, so a stale save can name what changed). Dates are event-local calendar
/// dates as <c>yyyy-MM-dd</c>.
/// </summary>
public sealed class AgreementForm
{
    /// <summary>The languages offered a title row of their own: the working languages of the reference assembly.</summary>
    public static readonly IReadOnlyList<string> TitleLanguages = ["ar", "en", "es", "fr"];

    /// <summary>The agreement's id, new to the event (fixed once created), e.g. <c>mou-et-2024</c>.</summary>
    [Required(ErrorMessage = "IdRequired")]
    [StringLength(FollowUpLimits.IdLength, ErrorMessage = "IdLength")]
    [Display(Name = "Id")]
    public string? Id { get; set; }

    /// <summary>The instrument.</summary>
    [Display(Name = "Kind")]
    public AgreementKind Kind { get; set; }

    /// <summary>The title rows; rows without a title are dropped.</summary>
    [Display(Name = "Titles")]
    public List<TitleInput> Titles { get; set; } = [];

    /// <summary>The partner's party code (country or organisation of the event).</summary>
    [Required(ErrorMessage = "PartnerRequired")]
    [StringLength(FollowUpLimits.IdLength, ErrorMessage = "IdLength")]
    [Display(Name = "PartnerPartyCode")]
    public string? PartnerPartyCode { get; set; }

    /// <summary>The partner agency, or empty.</summary>
    [StringLength(FollowUpLimits.NameLength, ErrorMessage = "NameLength")]
    [Display(Name = "PartnerAgencyName")]
    public string? PartnerAgencyName { get; set; }

    /// <summary>Our signing agency, or empty.</summary>
    [StringLength(FollowUpLimits.NameLength, ErrorMessage = "NameLength")]
    [Display(Name = "OurAgencyName")]
    public string? OurAgencyName { get; set; }

    /// <summary>Date of signature (event-local), or empty.</summary>
    [IsoDate(ErrorMessage = "DateFormat")]
    [Display(Name = "SignedOn")]
    public string? SignedOn { get; set; }

    /// <summary>Place of signature, or empty.</summary>
    [StringLength(FollowUpLimits.NameLength, ErrorMessage = "NameLength")]
    [Display(Name = "SignedPlace")]
    public string? SignedPlace { get; set; }

    /// <summary>The meeting it was signed or agreed at (request id), or empty.</summary>
    [StringLength(FollowUpLimits.IdLength, ErrorMessage = "IdLength")]
    [Display(Name = "MeetingRequestId")]
    public string? MeetingRequestId { get; set; }

    /// <summary>Subject areas, topic codes of the event.</summary>
    [Display(Name = "SubjectTopicCodes")]
    public List<string> SubjectTopicCodes { get; set; } = [];

    /// <summary>The status it is entered at (a new agreement only; afterwards it moves on the detail page).</summary>
    [Display(Name = "Status")]
    public AgreementStatus Status { get; set; } = AgreementStatus.Draft;

    /// <summary>Date of entry into force (event-local), or empty.</summary>
    [IsoDate(ErrorMessage = "DateFormat")]
    [Display(Name = "EntryIntoForce")]
    public string? EntryIntoForce { get; set; }

    /// <summary>Duration in months, or empty when open-ended.</summary>
    [Range(1, FollowUpLimits.MaxDurationMonths, ErrorMessage = "DurationRange")]
    [Display(Name = "DurationMonths")]
    public int? DurationMonths { get; set; }

    /// <summary>Renewal date (event-local), or empty.</summary>
    [IsoDate(ErrorMessage = "DateFormat")]
    [Display(Name = "RenewalDate")]
    public string? RenewalDate { get; set; }

    /// <summary>The version read, sent back with an edit.</summary>
    public int Version { get; set; }

    /// <summary>
    /// A new agreement's form: an MoU in draft, our agency as the register last named it, and, when it comes from the
    /// record of a meeting, that meeting, its partner and active topics (a retired one may not be newly named), and the status its outcome implies (signed there and
    /// then, with the meeting's date and the venue; or under negotiation).
    /// </summary>
    /// <param name="dossier">The event's dossier.</param>
    /// <param name="record">The record of the meeting it comes from, or <c>null</c>.</param>
    /// <param name="heldOn">The meeting's date in the event's zone (ignored without a record).</param>
    public static AgreementForm New(EventDossier dossier, MeetingRecord? record, LocalDate heldOn)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var form = new AgreementForm { Kind = AgreementKind.MemorandumOfUnderstanding, OurAgencyName = dossier.Agreements.Count > 0 ? dossier.Agreements[^1].OurAgencyName : null };
        if (record is not null)
        {
            var signed = record.Outcome == MeetingOutcome.AgreementSigned;
            form.MeetingRequestId = record.RequestId;
            form.PartnerPartyCode = dossier.PartnerPartyCodes(record.RequestId) is [var partner, ..] ? partner : null;
            form.SubjectTopicCodes = [.. record.TopicCodes.Where(code => dossier.Topics.Find(code) is { Retired: false })];
            form.Status = signed ? AgreementStatus.Signed
                : record.Outcome == MeetingOutcome.AgreementToNegotiate ? AgreementStatus.UnderNegotiation : AgreementStatus.Draft;
            form.SignedOn = signed ? IsoDateAttribute.Format(heldOn) : null;
            form.SignedPlace = signed ? dossier.Event.Venue : null;
        }

        return form.WithTitleRows();
    }

    /// <summary>The form filled from a stored agreement.</summary>
    /// <param name="agreement">The agreement.</param>
    /// <param name="version">Its stored version.</param>
    public static AgreementForm From(Agreement agreement, int version)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        return new AgreementForm
        {
            Id = agreement.Id, Kind = agreement.Kind, PartnerPartyCode = agreement.PartnerPartyCode,
            Titles = agreement.Titles.Select(t => new TitleInput { Language = t.Key, Text = t.Value }).ToList(),
            PartnerAgencyName = agreement.PartnerAgencyName, OurAgencyName = agreement.OurAgencyName,
            SignedOn = IsoDateAttribute.Format(agreement.SignedOn), SignedPlace = agreement.SignedPlace,
            MeetingRequestId = agreement.MeetingRequestId, SubjectTopicCodes = [.. agreement.SubjectTopicCodes], Status = agreement.Status,
            EntryIntoForce = IsoDateAttribute.Format(agreement.EntryIntoForce), DurationMonths = agreement.DurationMonths,
            RenewalDate = IsoDateAttribute.Format(agreement.RenewalDate), Version = version,
        }.WithTitleRows();
    }

    /// <summary>
    /// The title rows at fault, by index, with the message key of <c>AgreementForm.resx</c>: a title without a language
    /// (<c>LanguageRequired</c>) or a language given twice (<c>LanguageTwice</c>).
    /// </summary>
    public IEnumerable<(int Row, string Key)> TitleProblems()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Titles.Count; i++)
        {
            if (Titles[i].IsBlank)
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(Titles[i].Language))
            {
                yield return (i, "LanguageRequired");
            }
            else if (!seen.Add(LanguageTag.Normalise(Titles[i].Language!)))
            {
                yield return (i, "LanguageTwice");
            }
        }
    }

    /// <summary>The API's input for these fields (the shared rules check it); call once <see cref="TitleProblems"/> is empty.</summary>
    /// <param name="status">The status to enter: the form's for a new agreement, the stored one for an edit.</param>
    public AgreementInput ToInput(AgreementStatus status) =>
        new(Id!.Trim(), Kind, Titles.Where(t => !t.IsBlank).ToDictionary(t => LanguageTag.Normalise(t.Language!), t => t.Text!.Trim(), StringComparer.Ordinal),
            PartnerPartyCode!, Blank(PartnerAgencyName), Blank(OurAgencyName), Date(SignedOn), Blank(SignedPlace), Blank(MeetingRequestId),
            SubjectTopicCodes, status, Date(EntryIntoForce), DurationMonths, Date(RenewalDate));

    private AgreementForm WithTitleRows()
    {
        var missing = TitleLanguages.Where(language => Titles.All(t => t.Language != language));
        Titles = [.. Titles, .. missing.Select(language => new TitleInput { Language = language }), new TitleInput()];
        Titles = [.. Titles.OrderBy(t => t.Language is null).ThenBy(t => t.Language, StringComparer.Ordinal)];
        return this;
    }

    private static DateOnly? Date(string? text) => IsoDateAttribute.Parse(text)?.ToDateOnly();

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
