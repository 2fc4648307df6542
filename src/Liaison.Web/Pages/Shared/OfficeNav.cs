namespace Liaison.Web.Pages.Shared;

/// <summary>
/// Marker type for the navigation labels of the office pages (set-up, delegations, day sheet,
/// calendars, re-plan, audit): <c>Resources/Pages/Shared/OfficeNav.resx</c> with <c>.ar</c>, <c>.es</c> and <c>.fr</c> beside it.
/// </summary>
public sealed class OfficeNav;
