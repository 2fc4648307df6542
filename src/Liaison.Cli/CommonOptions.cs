using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Liaison.Cli;

/// <summary>The options <c>plan</c>, <c>replan</c> and <c>bench optaplanner</c> share: --out, --time-limit and --verbose.</summary>
internal static class CommonOptions
{
    /// <summary>The time limit when --time-limit is not given, in seconds.</summary>
    public const int DefaultTimeLimitSeconds = 30;

    /// <summary>The longest time limit accepted, in seconds (one day).</summary>
    public const int MaxTimeLimitSeconds = 86_400;

    /// <summary>The one line printed for any --time-limit value that is not a whole number of seconds in range.</summary>
    public static readonly string TimeLimitProblem =
        $"--time-limit must be a whole number of seconds from 1 to {MaxTimeLimitSeconds}, e.g. {DefaultTimeLimitSeconds}.";

    private const string ProgrammeFolder = "Folder for programme.json, programme.csv and programme.ics; created if missing.";

    private const string PlannerTimeLimit = "Seconds the planner may search; the best programme found by then is kept.";

    /// <summary>--out DIR: the folder for the command's files (required, not blank).</summary>
    /// <param name="description">What goes into the folder, for --help.</param>
    public static Option<string> Out(string description = ProgrammeFolder)
    {
        var output = new Option<string>("--out")
        {
            Description = description,
            HelpName = "DIR",
            Required = true,
        };
        output.AcceptLegalFilePathsOnly();
        output.Validators.Add(result =>
        {
            if (string.IsNullOrWhiteSpace(result.GetValueOrDefault<string>()))
            {
                result.AddError("--out must name a folder, e.g. out/marrakech.");
            }
        });
        return output;
    }

    /// <summary>
    /// --time-limit SECONDS: a whole number from 1 to <see cref="MaxTimeLimitSeconds"/>,
    /// <see cref="DefaultTimeLimitSeconds"/> by default; anything else is a parse error (<see cref="TimeLimitProblem"/>, exit code 2).
    /// </summary>
    /// <param name="description">What the seconds bound, for --help.</param>
    public static Option<int> TimeLimit(string description = PlannerTimeLimit) => new("--time-limit")
    {
        Description = description,
        HelpName = "SECONDS",
        DefaultValueFactory = _ => DefaultTimeLimitSeconds,
        CustomParser = ParseTimeLimit,
    };

    /// <summary>--verbose: print the stack trace of an internal fault.</summary>
    public static Option<bool> Verbose() => new("--verbose") { Description = "Print the stack trace of an internal fault." };

    /// <summary>Reads --time-limit without ever throwing: a value out of range becomes a parse error.</summary>
    private static int ParseTimeLimit(ArgumentResult result)
    {
        if (result.Tokens.Count == 0)
        {
            return DefaultTimeLimitSeconds;
        }

        if (result.Tokens.Count == 1
            && int.TryParse(result.Tokens[0].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            && seconds is >= 1 and <= MaxTimeLimitSeconds)
        {
            return seconds;
        }

        result.AddError(TimeLimitProblem);
        return DefaultTimeLimitSeconds;
    }
}
