using Liaison.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Data.Configurations;

/// <summary>Maps <see cref="CommitmentEntity"/>: ids unique per event, indexed by owner unit and due date.</summary>
public sealed class CommitmentConfiguration : IEntityTypeConfiguration<CommitmentEntity>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<CommitmentEntity> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("Commitments");
        builder.Property(c => c.ScenarioId).HasMaxLength(Lengths.Id);
        builder.Property(c => c.Description).HasMaxLength(Lengths.Text * 5);
        builder.Property(c => c.OwnerUnit).HasMaxLength(Lengths.Text);
        builder.Property(c => c.Status).HasMaxLength(Lengths.Id);
        builder.Property(c => c.AgreementId).HasMaxLength(Lengths.Id);
        builder.Property(c => c.MeetingRequestId).HasMaxLength(Lengths.Id);
        builder.HasIndex(c => new { c.EventId, c.ScenarioId }).IsUnique();
        builder.HasIndex(c => new { c.EventId, c.OwnerUnit, c.DueDate });
    }
}
