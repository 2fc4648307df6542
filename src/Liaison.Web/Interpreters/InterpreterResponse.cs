using Liaison.Web.Common;

namespace Liaison.Web.Interpreters;

/// <summary>An interpreter as the API shows it.</summary>
/// <param name="Id">Surrogate id.</param>
/// <param name="ScenarioId">The scenario's own id (unique among the event's interpreters).</param>
/// <param name="Name">Name or label.</param>
/// <param name="LanguagePairs">Pairs served, e.g. <c>ar/fr</c>.</param>
/// <param name="Availability">When the interpreter can work (UTC); empty means the whole event.</param>
/// <param name="Version">Concurrency version; send it back with a change.</param>
public sealed record InterpreterResponse(Guid Id, string ScenarioId, string Name, IReadOnlyList<string> LanguagePairs, IReadOnlyList<TimeRange> Availability, int Version);
