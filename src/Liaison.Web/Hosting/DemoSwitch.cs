namespace Liaison.Web.Hosting;

/// <summary>
/// Turns the bare <c>--demo</c> command-line switch into the setting <c>Liaison:Demo=true</c>, since
/// the configuration's command-line reader only understands key/value pairs.
/// </summary>
internal static class DemoSwitch
{
    /// <summary>The configuration key that loads the demo data at start.</summary>
    public const string SettingKey = "Liaison:Demo";

    /// <summary>The arguments with <c>--demo</c> replaced by <c>--Liaison:Demo=true</c>; the rest unchanged.</summary>
    /// <param name="args">The process arguments.</param>
    public static string[] Translate(IEnumerable<string> args)
        => args.Select(a => string.Equals(a, "--demo", StringComparison.Ordinal) ? $"--{SettingKey}=true" : a).ToArray();
}
