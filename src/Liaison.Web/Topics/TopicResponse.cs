namespace Liaison.Web.Topics;

/// <summary>A topic of an event's taxonomy.</summary>
/// <param name="Code">The code records and agreements name it by.</param>
/// <param name="Names">Names by language tag (ar, en, es, fr at least).</param>
/// <param name="Retired">Whether the topic is retired: kept by the records and agreements naming it, no longer offered in forms.</param>
/// <param name="Version">Concurrency version; send it back with a rename, retire or reinstate.</param>
public sealed record TopicResponse(string Code, IReadOnlyDictionary<string, string> Names, bool Retired, int Version);
