using Liaison.Domain.Programmes;

namespace Liaison.Interchange.Programmes;

/// <summary>The <c>reasonCode</c> words of programme.json (docs/programme.md) for each <see cref="UnplacedReason"/>.</summary>
internal static class ReasonCodes
{
    private static readonly Dictionary<UnplacedReason, string> Codes = new()
    {
        [UnplacedReason.NoCommonFreeTime] = "noCommonFreeTime",
        [UnplacedReason.NoSuitableRoom] = "noSuitableRoom",
        [UnplacedReason.NoInterpreter] = "noInterpreter",
        [UnplacedReason.CrowdedOut] = "crowdedOut",
    };

    /// <summary>Every code, in enum order.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Codes.Values];

    /// <summary>The code of <paramref name="reason"/>.</summary>
    public static string Of(UnplacedReason reason) => Codes[reason];

    /// <summary>The reason whose code is <paramref name="code"/>.</summary>
    public static UnplacedReason Parse(string code) => Codes.Single(c => c.Value == code).Key;
}
