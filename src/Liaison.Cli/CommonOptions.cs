using System.CommandLine;

namespace Liaison.Cli;

/// <summary>The options <c>plan</c> and <c>replan</c> share: --out, --time-limit and --verbose.</summary>
internal static class CommonOptions
{
    /// <summary>The time limit when --time-limit is not given, in seconds.</summary>
    public const int DefaultTimeLimitSeconds = 30;

    /// <summary>--out DIR: the folder for the programme files (required).</summary>
    public static Option<string> Out()
    {
        var output = new Option<string>("--out")
        {
            Description = "Folder for programme.json, programme.csv and programme.ics; created if missing.",
            HelpName = "DIR",
            Required = true,
        };
        output.AcceptLegalFilePathsOnly();
        return output;
    }

    /// <summary>--time-limit SECONDS: a positive whole number, <see cref="DefaultTimeLimitSeconds"/> by default.</summary>
    public static Option<int> TimeLimit()
    {
        var timeLimit = new Option<int>("--time-limit")
        {
            Description = "Seconds the planner may search; the best programme found by then is kept.",
            HelpName = "SECONDS",
            DefaultValueFactory = _ => DefaultTimeLimitSeconds,
        };
        timeLimit.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() <= 0)
            {
                result.AddError("--time-limit must be a positive number of seconds.");
            }
        });
        return timeLimit;
    }

    /// <summary>--verbose: print the stack trace of an internal fault.</summary>
    public static Option<bool> Verbose() => new("--verbose") { Description = "Print the stack trace of an internal fault." };
}
