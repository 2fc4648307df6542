using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;

namespace Liaison.Data.Configurations;

/// <summary>Stores a NodaTime <see cref="LocalTime"/> as a <see cref="TimeOnly"/>.</summary>
public sealed class LocalTimeConverter() : ValueConverter<LocalTime, TimeOnly>(
    time => time.ToTimeOnly(),
    stored => LocalTime.FromTimeOnly(stored));
