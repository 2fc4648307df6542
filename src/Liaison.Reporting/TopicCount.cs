namespace Liaison.Reporting;

/// <summary>A topic and the number of meetings that took it up.</summary>
/// <param name="Code">Taxonomy code, e.g. "organised-crime".</param>
/// <param name="Name">The topic's name in the report's language.</param>
/// <param name="Meetings">Meetings with this topic, confidential ones included (a topic names no partner).</param>
public sealed record TopicCount(string Code, string Name, int Meetings);
