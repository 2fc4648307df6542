namespace Liaison.Web.Topics;

/// <summary>The body that retires or reinstates a topic: only the version the caller read.</summary>
/// <param name="Version">The version read (409 when the topic changed meanwhile).</param>
public sealed record TopicVersion(int Version);
