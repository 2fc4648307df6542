using Microsoft.Extensions.Localization;

namespace Liaison.Web.Localization;

/// <summary>
/// Wraps the resource-file localizer factory so that a key no resx has throws instead of showing
/// the key itself: a page asking for a string nobody wrote fails its test. On with the setting
/// <see cref="SettingKey"/> (the test hosts set it); production shows the key, as ASP.NET Core does.
/// A translation missing from one language only falls back to English here; the resx completeness
/// test catches that.
/// </summary>
/// <remarks>Thread-safe as the wrapped factory is.</remarks>
/// <param name="inner">The resource-file factory.</param>
public sealed class StrictStringLocalizerFactory(ResourceManagerStringLocalizerFactory inner) : IStringLocalizerFactory
{
    /// <summary>The configuration key that turns strict localization on (<c>true</c>).</summary>
    public const string SettingKey = "Liaison:Localization:Strict";

    /// <inheritdoc />
    public IStringLocalizer Create(Type resourceSource)
    {
        ArgumentNullException.ThrowIfNull(resourceSource);
        return new StrictStringLocalizer(inner.Create(resourceSource), resourceSource.FullName ?? resourceSource.Name);
    }

    /// <inheritdoc />
    public IStringLocalizer Create(string baseName, string location) => new StrictStringLocalizer(inner.Create(baseName, location), baseName);

    private sealed class StrictStringLocalizer(IStringLocalizer inner, string source) : IStringLocalizer
    {
        public LocalizedString this[string name] => Found(inner[name]);

        public LocalizedString this[string name, params object[] arguments] => Found(inner[name, arguments]);

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures);

        private LocalizedString Found(LocalizedString value) => value.ResourceNotFound
            ? throw new KeyNotFoundException($"No resx of '{source}' has the key '{value.Name}'; add it (in every language) under src/Liaison.Web/Resources.")
            : value;
    }
}
