using System.ComponentModel.DataAnnotations;
using Liaison.Data.Entities;

namespace Liaison.Web.Requests;

/// <summary>The body of <c>POST .../requests/{requestId}/status</c>.</summary>
/// <param name="Status">The new status; a liaison officer may only set <see cref="RequestStatus.Withdrawn"/>.</param>
/// <param name="Reason">Why; required when declining.</param>
/// <param name="Version">The request's version as read (409 when it changed meanwhile).</param>
public sealed record StatusChangeInput(
    RequestStatus Status,
    [property: StringLength(1000)] string? Reason,
    [property: Range(1, int.MaxValue)] int Version) : IValidatableObject
{
    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Status == RequestStatus.Declined && string.IsNullOrWhiteSpace(Reason))
        {
            yield return new ValidationResult("Declining a request needs a reason.", [nameof(Reason)]);
        }
    }
}
