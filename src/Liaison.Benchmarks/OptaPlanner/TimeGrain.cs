using NodaTime;

namespace Liaison.Benchmarks.OptaPlanner;

/// <summary>A 15-minute time grain. Indices run 0, 1, 2, ... across all days, straight across lunch and nights.</summary>
/// <param name="Index">The grain's index across the whole horizon.</param>
/// <param name="Day">Index of its day in <see cref="MeetingProblem.Days"/>.</param>
/// <param name="Start">Its start time (event-local) on that day.</param>
public sealed record TimeGrain(int Index, int Day, LocalTime Start);
