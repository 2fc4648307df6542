namespace Liaison.Domain;

/// <summary>
/// Decides whether a meeting needs an interpreter and which language pairs would serve it.
/// </summary>
/// <remarks>
/// Rule (Liaison's, stated in docs/scenario.md): a meeting needs no interpreter when one language is
/// a working language of every participant. Otherwise one interpreter is assigned, and a pair
/// {a, b} serves the meeting when every participant works in a or in b (consecutive
/// interpretation between the two sides of the table). When no pair can cover every participant,
/// the set is empty and the meeting cannot be interpreted by one person. Thread-safe.
/// </remarks>
public static class Interpretation
{
    /// <summary>
    /// The pairs any one of which an interpreter must cover for the meeting of <paramref name="request"/>.
    /// </summary>
    /// <param name="request">The request; its explicit <see cref="MeetingRequest.Interpretation"/> wins when given.</param>
    /// <param name="participants">The request's participants (requester and invitees).</param>
    /// <returns>
    /// An empty list when no interpreter is needed; otherwise the acceptable pairs. <see cref="IsImpossible"/>
    /// tells the two empty cases apart.
    /// </returns>
    public static InterpretationNeed For(MeetingRequest request, IReadOnlyCollection<Participant> participants)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(participants);
        if (request.Interpretation is { } explicitPairs)
        {
            return new InterpretationNeed(explicitPairs.Count > 0, explicitPairs);
        }

        return Derive(participants.Select(p => p.Languages).ToList());
    }

    /// <summary>Applies the rule to each participant's working languages.</summary>
    /// <param name="languagesPerParticipant">One list of normalised BCP 47 tags per participant.</param>
    public static InterpretationNeed Derive(IReadOnlyList<IReadOnlyList<string>> languagesPerParticipant)
    {
        ArgumentNullException.ThrowIfNull(languagesPerParticipant);
        var all = languagesPerParticipant.SelectMany(l => l).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (all.Any(lang => languagesPerParticipant.All(p => p.Contains(lang))))
        {
            return new InterpretationNeed(false, []);
        }

        var pairs = new List<LanguagePair>();
        for (var i = 0; i < all.Count; i++)
        {
            for (var j = i + 1; j < all.Count; j++)
            {
                var (a, b) = (all[i], all[j]);
                if (languagesPerParticipant.All(p => p.Contains(a) || p.Contains(b)))
                {
                    pairs.Add(new LanguagePair(a, b));
                }
            }
        }

        return new InterpretationNeed(true, pairs);
    }

    /// <summary>Whether the meeting needs an interpreter but no single pair serves all participants.</summary>
    /// <param name="need">A result of <see cref="For"/>.</param>
    public static bool IsImpossible(InterpretationNeed need) => need.IsNeeded && need.AcceptablePairs.Count == 0;
}
