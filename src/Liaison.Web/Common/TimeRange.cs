namespace Liaison.Web.Common;

/// <summary>A span of time with offsets, e.g. an interpreter's availability.</summary>
/// <param name="Start">Start, ISO 8601 with offset.</param>
/// <param name="End">End, after <paramref name="Start"/>.</param>
public sealed record TimeRange(DateTimeOffset Start, DateTimeOffset End);
