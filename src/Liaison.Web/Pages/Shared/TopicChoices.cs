using Liaison.Domain;
using Liaison.Domain.Topics;

namespace Liaison.Web.Pages.Shared;

/// <summary>The topics the follow-up forms offer as subject areas: the one place that decides which of the event's topics a form lists.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class TopicChoices
{
    /// <summary>The topics to offer, in the taxonomy's order: every topic of the event.</summary>
    /// <param name="dossier">The event's dossier.</param>
    public static IReadOnlyList<Topic> Offered(EventDossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        return dossier.Topics.All;
    }
}
