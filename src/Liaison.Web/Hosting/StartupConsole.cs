namespace Liaison.Web.Hosting;

/// <summary>
/// Where start-up messages for the person starting the server go: the database location and the
/// demo users' generated passwords. Not the log, so passwords never reach log files or collectors.
/// </summary>
/// <param name="Writer">The console (or, in tests, a string writer).</param>
public sealed record StartupConsole(TextWriter Writer);
