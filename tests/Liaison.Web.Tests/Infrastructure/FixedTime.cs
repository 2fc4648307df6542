namespace Liaison.Web.Tests.Infrastructure;

/// <summary>A clock that always reads the same instant.</summary>
/// <param name="now">The instant (UTC).</param>
public sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => now;
}
