namespace Liaison.Interchange.Changes;

/// <summary>The values of a change's <c>kind</c> member and the members each kind takes (docs/changes.md).</summary>
internal static class ChangeKinds
{
    public const string Cancellation = "cancellation";
    public const string LateArrival = "lateArrival";
    public const string EarlyDeparture = "earlyDeparture";
    public const string RoomLost = "roomLost";
    public const string InterpreterLost = "interpreterLost";
    public const string PrincipalBusy = "principalBusy";
    public const string NewRequest = "newRequest";

    /// <summary>Each kind with its members besides <c>kind</c>.</summary>
    public static IReadOnlyDictionary<string, string[]> Members { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [Cancellation] = ["request"],
        [LateArrival] = ["delegation", "arrival"],
        [EarlyDeparture] = ["delegation", "departure"],
        [RoomLost] = ["room", "from"],
        [InterpreterLost] = ["interpreter", "from"],
        [PrincipalBusy] = ["id", "principal", "start", "end", "label"],
        [NewRequest] = ["request"],
    };
}
