using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Liaison.Web.Localization;

/// <summary>
/// Gives every model-binding message of the pages (a value that is not a number, a value that
/// was not provided, ...) in the reader's language: each accessor of
/// <see cref="MvcOptions.ModelBindingMessageProvider"/> reads a key of
/// <c>Resources/Localization/ModelBindingMessages.resx</c> (with <c>.ar</c>, <c>.es</c>, <c>.fr</c>),
/// so the strict localizer and the resx completeness test apply to them as to any page string.
/// </summary>
/// <remarks>
/// The messages are looked up when binding fails, in the request's UI culture, not when the
/// options are built. Placeholders: <c>{0}</c> is the value typed (or the field's localized
/// label where the message has no value), <c>{1}</c> the field's localized label.
/// Thread-safe: the options are configured once and the localizer is thread-safe.
/// </remarks>
/// <param name="localizers">The application's localizer factory (strict under the tests).</param>
public sealed class ModelBindingMessages(IStringLocalizerFactory localizers) : IConfigureOptions<MvcOptions>
{
    /// <inheritdoc />
    public void Configure(MvcOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var l = localizers.Create(typeof(ModelBindingMessages));
        var messages = options.ModelBindingMessageProvider;
        messages.SetMissingBindRequiredValueAccessor(name => l["MissingBindRequiredValue", name]);
        messages.SetMissingKeyOrValueAccessor(() => l["MissingKeyOrValue"]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => l["MissingRequestBodyRequiredValue"]);
        messages.SetValueMustNotBeNullAccessor(value => l["ValueMustNotBeNull", value]);
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => l["AttemptedValueIsInvalid", value, field]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => l["NonPropertyAttemptedValueIsInvalid", value]);
        messages.SetUnknownValueIsInvalidAccessor(field => l["UnknownValueIsInvalid", field]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => l["NonPropertyUnknownValueIsInvalid"]);
        messages.SetValueIsInvalidAccessor(value => l["ValueIsInvalid", value]);
        messages.SetValueMustBeANumberAccessor(field => l["ValueMustBeANumber", field]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => l["NonPropertyValueMustBeANumber"]);
    }
}
