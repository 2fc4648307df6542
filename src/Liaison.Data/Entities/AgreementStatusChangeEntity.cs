using Liaison.Domain.Agreements;
using NodaTime;

namespace Liaison.Data.Entities;

/// <summary>One recorded move of an agreement's status (date and who); rows are only ever added.</summary>
public sealed class AgreementStatusChangeEntity
{
    /// <summary>Surrogate key.</summary>
    public Guid Id { get; set; }

    /// <summary>The agreement.</summary>
    public Guid AgreementId { get; set; }

    /// <summary>Position in the history (0-based).</summary>
    public int Position { get; set; }

    /// <summary>Status before.</summary>
    public AgreementStatus From { get; set; }

    /// <summary>Status after.</summary>
    public AgreementStatus To { get; set; }

    /// <summary>Date of the move.</summary>
    public LocalDate On { get; set; }

    /// <summary>Who recorded it.</summary>
    public string By { get; set; } = "";

    /// <summary>Why, or <c>null</c>.</summary>
    public string? Note { get; set; }
}
