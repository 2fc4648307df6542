using Liaison.Data.Entities;
using Liaison.Domain.Topics;

namespace Liaison.Web.Pages.Topics;

/// <summary>The fields of the topic forms (add, rename, retire, reinstate, delete): a code and a name in each of ar, en, es and fr.</summary>
public sealed class TopicForm
{
    /// <summary>The topic's code: typed when adding, carried hidden when renaming or deleting.</summary>
    public string Code { get; set; } = "";

    /// <summary>The Arabic name.</summary>
    public string? Ar { get; set; }

    /// <summary>The English name.</summary>
    public string? En { get; set; }

    /// <summary>The Spanish name.</summary>
    public string? Es { get; set; }

    /// <summary>The French name.</summary>
    public string? Fr { get; set; }

    /// <summary>The version read (renames, retirements and reinstatements).</summary>
    public int Version { get; set; }

    /// <summary>The names by language tag, in <see cref="Topic.RequiredLanguages"/> order; blank ones as sent.</summary>
    public IReadOnlyDictionary<string, string> Names => new Dictionary<string, string>
    {
        ["ar"] = Ar ?? "", ["en"] = En ?? "", ["es"] = Es ?? "", ["fr"] = Fr ?? "",
    };

    /// <summary>The form filled from a stored topic.</summary>
    /// <param name="row">The topic.</param>
    public static TopicForm From(TopicEntity row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new()
        {
            Code = row.Code, Ar = row.Names.GetValueOrDefault("ar"), En = row.Names.GetValueOrDefault("en"),
            Es = row.Names.GetValueOrDefault("es"), Fr = row.Names.GetValueOrDefault("fr"), Version = row.Version,
        };
    }
}
