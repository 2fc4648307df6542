using System.CommandLine;
using Liaison.Benchmarks.OwnBenchmark;

namespace Liaison.Cli.OwnBench;

/// <summary>The options <c>bench</c> and its child <c>bench run-one</c> share: seed, time-limit scale, size scale and the sample's path.</summary>
internal sealed class BenchOptions
{
    /// <summary>Where the Marrakech sample lies from the repository root.</summary>
    public const string DefaultSample = "samples/marrakech-2024/scenario.json";

    private readonly Option<int> _seed = new("--seed")
    {
        Description = "Seed of the instance generator and of CP-SAT.",
        DefaultValueFactory = _ => BenchmarkSettings.DefaultSeed,
    };

    private readonly Option<double> _timeLimitScale = new("--time-limit-scale")
    {
        Description = "Factor on every family's time limit (host-43 30 s, assembly 10 s, replan 10 s, brokerage 60 s, brokerage-xl 300 s).",
        HelpName = "X",
        DefaultValueFactory = _ => 1.0,
    };

    private readonly Option<double> _sizeScale = new("--size-scale")
    {
        Description = "Factor on the generated instances' sizes, e.g. 0.01 for a quick check; 1 for the families as defined.",
        HelpName = "X",
        DefaultValueFactory = _ => 1.0,
    };

    private readonly Option<string> _sample = new("--sample")
    {
        Description = "The Marrakech sample scenario, for host-43.",
        HelpName = "FILE",
        DefaultValueFactory = _ => DefaultSample,
    };

    /// <summary>Adds the options to <paramref name="command"/>, with checks that the scales are positive.</summary>
    /// <param name="command">bench or bench run-one.</param>
    public void AddTo(Command command)
    {
        foreach (var scale in new[] { _timeLimitScale, _sizeScale })
        {
            scale.Validators.Add(result =>
            {
                if (result.GetValueOrDefault<double>() <= 0)
                {
                    result.AddError($"{scale.Name} must be a positive number.");
                }
            });
        }

        command.Add(_seed);
        command.Add(_timeLimitScale);
        command.Add(_sizeScale);
        command.Add(_sample);
    }

    /// <summary>The settings given on the command line.</summary>
    /// <param name="parsed">The parse result of a command the options were added to.</param>
    public BenchmarkSettings Read(ParseResult parsed) => new(
        parsed.GetValue(_seed),
        parsed.GetValue(_timeLimitScale),
        parsed.GetValue(_sizeScale),
        Path.GetFullPath(parsed.GetValue(_sample) ?? DefaultSample));

    /// <summary>The same settings as arguments for the child process.</summary>
    /// <param name="settings">The settings.</param>
    public IEnumerable<string> ToArguments(BenchmarkSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return
        [
            _seed.Name, settings.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
            _timeLimitScale.Name, settings.TimeLimitScale.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
            _sizeScale.Name, settings.SizeScale.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
            _sample.Name, settings.SamplePath,
        ];
    }
}
