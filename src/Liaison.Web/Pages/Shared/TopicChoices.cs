using Liaison.Domain;
using Liaison.Domain.Topics;

namespace Liaison.Web.Pages.Shared;

/// <summary>The topics the follow-up forms offer as subject areas: the one place that decides which of the event's topics a form lists.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class TopicChoices
{
    /// <summary>
    /// The topics to offer, in the taxonomy's order: every active topic of the event, and the retired ones among
    /// <paramref name="chosen"/>, so a record or agreement that already names a retired topic shows it and keeps it when
    /// saved unchanged.
    /// </summary>
    /// <param name="dossier">The event's dossier.</param>
    /// <param name="chosen">The codes the record or agreement (or the form as posted) names.</param>
    public static IReadOnlyList<Topic> Offered(EventDossier dossier, IEnumerable<string> chosen)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(chosen);
        var kept = chosen.ToHashSet(StringComparer.Ordinal);
        return dossier.Topics.All.Where(t => !t.Retired || kept.Contains(t.Code)).ToList();
    }
}
