namespace Liaison.Web.Topics;

/// <summary>A topic of an event's taxonomy.</summary>
/// <param name="Code">The code records and agreements name it by.</param>
/// <param name="Names">Names by language tag (ar, en, es, fr at least).</param>
/// <param name="Version">Concurrency version; send it back with a rename.</param>
public sealed record TopicResponse(string Code, IReadOnlyDictionary<string, string> Names, int Version);
