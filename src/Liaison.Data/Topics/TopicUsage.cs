namespace Liaison.Data.Topics;

/// <summary>How much of an event names one topic: the reason a topic in use cannot be deleted.</summary>
/// <param name="Records">Meeting records that list the topic.</param>
/// <param name="Agreements">Agreements that have it among their subject areas.</param>
public sealed record TopicUsage(int Records, int Agreements)
{
    /// <summary>Whether any record or agreement names the topic.</summary>
    public bool InUse => Records > 0 || Agreements > 0;
}
