using System.ComponentModel.DataAnnotations;
using Liaison.Domain.Topics;

namespace Liaison.Web.Topics;

/// <summary>The check the topic bodies share: a name in each of <see cref="Topic.RequiredLanguages"/>.</summary>
internal static class TopicNames
{
    /// <summary>One error per required language whose name is missing or blank, keyed <c>Names.ar</c>, <c>Names.en</c>...</summary>
    /// <param name="names">The names sent, or <c>null</c>.</param>
    public static IEnumerable<ValidationResult> Missing(IReadOnlyDictionary<string, string>? names) =>
        Topic.RequiredLanguages
            .Where(language => names is null || !names.TryGetValue(language, out var name) || string.IsNullOrWhiteSpace(name))
            .Select(language => new ValidationResult(
                $"Name the topic in '{language}': every topic is named in Arabic, English, Spanish and French.", [$"Names.{language}"]));
}
