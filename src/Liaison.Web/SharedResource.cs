namespace Liaison.Web;

/// <summary>
/// Marker type for the strings the layout and every page share (navigation, roles, common words):
/// <c>Resources/SharedResource.resx</c> (English) with <c>.ar</c>, <c>.es</c> and <c>.fr</c> beside it.
/// Inject <c>IStringLocalizer&lt;SharedResource&gt;</c>; strings of one page belong in that page's own resx.
/// </summary>
public sealed class SharedResource;
