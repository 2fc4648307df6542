using Liaison.Domain;

namespace Liaison.Web.FollowUp;

/// <summary>
/// The rule for the topic codes a record or agreement names, shared by the records and agreements API and their forms:
/// every code must be a topic of the event, and a retired one only if the stored record or agreement already named it
/// (a retired topic stays on what named it before retirement, but nothing new may start naming it). The event-file
/// import does not apply it: a file is history, and may name topics it retires itself.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class TopicRules
{
    /// <summary>Every code of <paramref name="codes"/> that breaks the rule, in order.</summary>
    /// <param name="field">The input's list property, e.g. <c>TopicCodes</c>; each problem's field is it with the code's index, <c>TopicCodes[2]</c>.</param>
    /// <param name="codes">The codes as entered.</param>
    /// <param name="stored">The codes the stored record or agreement names; empty for a new one.</param>
    /// <param name="dossier">The event's dossier as stored, whose taxonomy says which topics exist and which are retired.</param>
    public static IEnumerable<FollowUpProblem> Check(string field, IReadOnlyList<string> codes, IEnumerable<string> stored, EventDossier dossier)
    {
        ArgumentNullException.ThrowIfNull(codes);
        ArgumentNullException.ThrowIfNull(dossier);
        var kept = stored.ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < codes.Count; i++)
        {
            var code = codes[i];
            var topic = dossier.Topics.Find(code);
            if (topic is null)
            {
                yield return new($"{field}[{i}]", FollowUpRule.UnknownTopic, $"'{code}' is not a topic of this event; choose from the event's topics.", code);
            }
            else if (topic.Retired && !kept.Contains(code))
            {
                yield return new($"{field}[{i}]", FollowUpRule.RetiredTopic,
                    $"'{code}' is a retired topic; choose an active topic, or ask an administrator to reinstate '{code}'.", code);
            }
        }
    }
}
