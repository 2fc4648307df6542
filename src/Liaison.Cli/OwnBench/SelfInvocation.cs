namespace Liaison.Cli.OwnBench;

/// <summary>How to start this program again as a child process: the <c>liaison</c> executable, or <c>dotnet liaison.dll</c>.</summary>
internal static class SelfInvocation
{
    /// <summary>
    /// The command that starts <c>liaison</c>: the running executable when it is <c>liaison</c> itself; otherwise
    /// (inside a test host) the dotnet host named by DOTNET_HOST_PATH, or <c>dotnet</c>, with liaison.dll.
    /// </summary>
    public static IReadOnlyList<string> Command()
    {
        var running = Environment.ProcessPath;
        if (running is not null && Path.GetFileNameWithoutExtension(running) == "liaison")
        {
            return [running];
        }

        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } named ? named
            : running is not null && Path.GetFileNameWithoutExtension(running) == "dotnet" ? running : "dotnet";
        return [host, typeof(LiaisonApp).Assembly.Location];
    }
}
