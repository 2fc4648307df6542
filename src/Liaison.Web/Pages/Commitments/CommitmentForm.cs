using System.ComponentModel.DataAnnotations;
using Liaison.Domain.Commitments;
using Liaison.Web.Commitments;
using Liaison.Web.FollowUp;
using Liaison.Web.Pages.Shared;

namespace Liaison.Web.Pages.Commitments;

/// <summary>
/// The fields of the commitment form (labels and messages in <c>Resources/Pages/Commitments/CommitmentForm.resx</c>; the
/// labels' keys are the stored properties' names, so a stale save can name what changed). The due date is an event-local
/// calendar date as <c>yyyy-MM-dd</c>.
/// </summary>
public sealed class CommitmentForm
{
    /// <summary>The commitment's id, new to the event (fixed once created).</summary>
    [Required(ErrorMessage = "IdRequired")]
    [StringLength(FollowUpLimits.IdLength, ErrorMessage = "IdLength")]
    [Display(Name = "Id")]
    public string? Id { get; set; }

    /// <summary>What is to be done.</summary>
    [Required(ErrorMessage = "DescriptionRequired")]
    [StringLength(FollowUpLimits.DescriptionLength, ErrorMessage = "DescriptionLength")]
    [Display(Name = "Description")]
    public string? Description { get; set; }

    /// <summary>The unit that owns it.</summary>
    [Required(ErrorMessage = "OwnerUnitRequired")]
    [StringLength(FollowUpLimits.OwnerUnitLength, ErrorMessage = "OwnerUnitLength")]
    [Display(Name = "OwnerUnit")]
    public string? OwnerUnit { get; set; }

    /// <summary>The last day it may be done on, in the event's zone.</summary>
    [Required(ErrorMessage = "DueDateRequired")]
    [IsoDate(ErrorMessage = "DateFormat")]
    [Display(Name = "DueDate")]
    public string? DueDate { get; set; }

    /// <summary>Where it stands.</summary>
    [Display(Name = "Status")]
    public CommitmentStatus Status { get; set; }

    /// <summary>The agreement it falls under, or empty.</summary>
    [StringLength(FollowUpLimits.IdLength, ErrorMessage = "IdLength")]
    [Display(Name = "AgreementId")]
    public string? AgreementId { get; set; }

    /// <summary>The meeting it was agreed at (request id), or empty.</summary>
    [StringLength(FollowUpLimits.IdLength, ErrorMessage = "IdLength")]
    [Display(Name = "MeetingRequestId")]
    public string? MeetingRequestId { get; set; }

    /// <summary>The version read, sent back with an edit.</summary>
    public int Version { get; set; }

    /// <summary>The form filled from a stored commitment.</summary>
    /// <param name="commitment">The commitment.</param>
    /// <param name="version">Its stored version.</param>
    public static CommitmentForm From(Commitment commitment, int version)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        return new CommitmentForm
        {
            Id = commitment.Id, Description = commitment.Description, OwnerUnit = commitment.OwnerUnit,
            DueDate = IsoDateAttribute.Format(commitment.DueDate), Status = commitment.Status, AgreementId = commitment.AgreementId,
            MeetingRequestId = commitment.MeetingRequestId, Version = version,
        };
    }

    /// <summary>The API's input for these fields (the shared rules check it); call once the attributes hold.</summary>
    public CommitmentInput ToInput() =>
        new(Id!.Trim(), Description!.Trim(), OwnerUnit!.Trim(), IsoDateAttribute.Parse(DueDate)!.Value.ToDateOnly(), Status,
            Blank(AgreementId), Blank(MeetingRequestId));

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
