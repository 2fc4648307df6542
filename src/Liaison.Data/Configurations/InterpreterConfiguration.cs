using Liaison.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Data.Configurations;

/// <summary>Maps <see cref="InterpreterEntity"/>: scenario ids unique per event; pairs and availability as list columns.</summary>
public sealed class InterpreterConfiguration : IEntityTypeConfiguration<InterpreterEntity>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<InterpreterEntity> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("Interpreters");
        builder.Property(i => i.ScenarioId).HasMaxLength(Lengths.Id);
        builder.Property(i => i.Name).HasMaxLength(Lengths.Text);
        builder.HasIndex(i => new { i.EventId, i.ScenarioId }).IsUnique();
    }
}
