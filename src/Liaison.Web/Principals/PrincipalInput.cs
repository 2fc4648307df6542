using System.ComponentModel.DataAnnotations;

namespace Liaison.Web.Principals;

/// <summary>The body that creates or edits a principal.</summary>
/// <param name="ScenarioId">Id unique among the event's principals and delegations; cannot change once created.</param>
/// <param name="Title">Title (not a personal name).</param>
/// <param name="Languages">Working languages (BCP 47), at least one.</param>
/// <param name="Version">For an edit: the version read (409 when it changed meanwhile). Ignored on create.</param>
public sealed record PrincipalInput(
    [property: Required, StringLength(64, MinimumLength = 1)] string ScenarioId,
    [property: Required, StringLength(200, MinimumLength = 1)] string Title,
    [property: Required, MinLength(1)] IReadOnlyList<string> Languages,
    int Version = 0);
