namespace Liaison.Web.Setup;

/// <summary>The result of a set-up change: the saved row, or the problem that kept it from being saved (nothing was written then).</summary>
/// <typeparam name="T">The entity type.</typeparam>
/// <param name="Saved">The row as saved, or <c>null</c> when refused.</param>
/// <param name="Problem">Why it was refused, or <c>null</c> when saved.</param>
public sealed record SetupOutcome<T>(T? Saved, SetupProblem? Problem)
    where T : class;
