namespace Liaison.Domain.Topics;

/// <summary>The managed list of topics an event's requests, records and agreements may name.</summary>
/// <remarks>Immutable and thread-safe; administrators edit a taxonomy by building a new one.</remarks>
public sealed class TopicTaxonomy
{
    private readonly Dictionary<string, Topic> _byCode;

    /// <summary>Creates a taxonomy.</summary>
    /// <param name="topics">The topics, kept in the given order.</param>
    /// <exception cref="ArgumentException">When two topics share a code.</exception>
    public TopicTaxonomy(IEnumerable<Topic> topics)
    {
        ArgumentNullException.ThrowIfNull(topics);
        All = topics.ToList();
        _byCode = new Dictionary<string, Topic>(StringComparer.Ordinal);
        foreach (var topic in All)
        {
            if (!_byCode.TryAdd(topic.Code, topic))
            {
                throw new ArgumentException($"Two topics share the code '{topic.Code}'.", nameof(topics));
            }
        }
    }

    /// <summary>
    /// The topics of the reference case's public report (92nd INTERPOL General Assembly, 2024), named in
    /// Arabic, English, Spanish and French: organised crime, cybercrime and new threats, terrorism, exchange of
    /// technical and intelligence expertise, police training, peacekeeping and security of UN missions,
    /// cross-border crime, capacity building.
    /// </summary>
    public static TopicTaxonomy Default { get; } = new(
    [
        Named("organised-crime", "الجريمة المنظمة", "Organised crime", "Delincuencia organizada", "Criminalité organisée"),
        Named("cybercrime", "الجريمة السيبرانية والتهديدات المستجدة", "Cybercrime and new threats",
            "Ciberdelincuencia y nuevas amenazas", "Cybercriminalité et nouvelles menaces"),
        Named("terrorism", "الإرهاب", "Terrorism", "Terrorismo", "Terrorisme"),
        Named("intelligence-exchange", "تبادل الخبرات التقنية والاستخباراتية", "Exchange of technical and intelligence expertise",
            "Intercambio de experiencia técnica y de inteligencia", "Échange d'expertise technique et de renseignement"),
        Named("police-training", "تدريب الشرطة", "Police training", "Formación policial", "Formation policière"),
        Named("peacekeeping", "حفظ السلام وأمن بعثات الأمم المتحدة", "Peacekeeping and security of UN missions",
            "Mantenimiento de la paz y seguridad de las misiones de las Naciones Unidas",
            "Maintien de la paix et sécurité des missions des Nations unies"),
        Named("cross-border-crime", "الجريمة العابرة للحدود", "Cross-border crime", "Delincuencia transfronteriza", "Criminalité transfrontalière"),
        Named("capacity-building", "بناء القدرات", "Capacity building", "Fortalecimiento de capacidades", "Renforcement des capacités"),
    ]);

    /// <summary>Every topic, in the order given.</summary>
    public IReadOnlyList<Topic> All { get; }

    /// <summary>The topic with <paramref name="code"/>, or <c>null</c> when the taxonomy has none.</summary>
    /// <param name="code">A topic code.</param>
    public Topic? Find(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return _byCode.GetValueOrDefault(code);
    }

    private static Topic Named(string code, string ar, string en, string es, string fr) =>
        new(code, new Dictionary<string, string> { ["ar"] = ar, ["en"] = en, ["es"] = es, ["fr"] = fr });
}
