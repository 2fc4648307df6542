using System.Globalization;
using Liaison.Data;
using Liaison.Data.Entities;
using Liaison.Data.Topics;
using Liaison.Domain.Topics;
using Liaison.Web.Pages.Shared;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Liaison.Web.Pages.Topics;

/// <summary>
/// The event's topic taxonomy: each topic's name in the reader's language with the other three beside it. Protocol
/// officers and analysts read it, retired topics marked; administrators also add, rename, retire, reinstate and delete
/// topics here (the rules are <see cref="TopicStore"/>'s: four names, none another topic's, no deleting a topic records
/// or agreements name: retire it instead).
/// </summary>
[Authorize(Policy = Policies.TopicReader)]
public sealed class IndexModel(LiaisonDbContext db, TopicStore topics, IStringLocalizer<IndexModel> localizer) : EventPageModel(db)
{
    /// <summary>The topics in taxonomy order.</summary>
    public IReadOnlyList<TopicEntity> Topics { get; private set; } = [];

    /// <summary>The reader's language (one of ar, en, es, fr; English for any other) first, then the other three.</summary>
    public IReadOnlyList<string> Languages { get; } = ReaderLanguagesFirst(CultureInfo.CurrentUICulture);

    /// <summary>Whether the user may change the taxonomy (administrators).</summary>
    public bool MayEdit => User.IsInRole(LiaisonRoles.Administrator);

    /// <summary>The posted form.</summary>
    [BindProperty]
    public TopicForm Form { get; set; } = new();

    /// <summary>The result of the last change.</summary>
    [TempData]
    public string? Notice { get; set; }

    /// <summary>Shows the taxonomy; 404 when the event does not exist.</summary>
    /// <param name="ct">Cancels the read.</param>
    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ShowAsync(ct) ? Page() : NotFound();

    /// <summary>Adds the topic of the form (administrators).</summary>
    /// <param name="ct">Cancels the write.</param>
    public Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        CheckForm(newCode: true);
        return ChangeAsync(
            async () =>
            {
                await topics.AddAsync(EventId, new Topic(Form.Code, Form.Names), ct);
                return true;
            }, "Added", "Stale", ct);
    }

    /// <summary>Renames the topic of the form (administrators); a stale version is refused.</summary>
    /// <param name="ct">Cancels the write.</param>
    public Task<IActionResult> OnPostRenameAsync(CancellationToken ct)
    {
        CheckForm(newCode: false);
        return ChangeAsync(
            async () => await topics.RenameAsync(EventId, Form.Code, Form.Names, Form.Version, ct) is not null, "Renamed", "Stale", ct);
    }

    /// <summary>Retires the topic of the form (administrators): forms stop offering it, records and agreements keep it.</summary>
    /// <param name="ct">Cancels the write.</param>
    public Task<IActionResult> OnPostRetireAsync(CancellationToken ct) =>
        ChangeAsync(async () => await topics.SetRetiredAsync(EventId, Form.Code, true, Form.Version, ct) is not null, "RetiredNotice", "StaleState", ct);

    /// <summary>Reinstates the retired topic of the form (administrators), so forms offer it again.</summary>
    /// <param name="ct">Cancels the write.</param>
    public Task<IActionResult> OnPostReinstateAsync(CancellationToken ct) =>
        ChangeAsync(async () => await topics.SetRetiredAsync(EventId, Form.Code, false, Form.Version, ct) is not null, "ReinstatedNotice", "StaleState", ct);

    /// <summary>Deletes the topic of the form (administrators) unless records or agreements name it.</summary>
    /// <param name="ct">Cancels the write.</param>
    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        if (!MayEdit)
        {
            return Forbid();
        }

        if (!await ShowAsync(ct))
        {
            return NotFound();
        }

        var usage = await topics.DeleteAsync(EventId, Form.Code, ct);
        if (usage is not { InUse: false })
        {
            ModelState.AddModelError("", usage is null ? localizer["Gone", Form.Code] : localizer["InUse", Form.Code, usage.Records, usage.Agreements]);
            return Page();
        }

        Notice = localizer["Deleted", Form.Code];
        return RedirectToPage(new { EventId });
    }

    /// <summary>Adds a model error for each blank name, and for a badly shaped code when <paramref name="newCode"/>.</summary>
    private void CheckForm(bool newCode)
    {
        if (newCode && !Topic.IsValidCode(Form.Code))
        {
            ModelState.AddModelError("Form.Code", localizer["BadCode"]);
        }

        foreach (var (language, name) in Form.Names.Where(n => string.IsNullOrWhiteSpace(n.Value)))
        {
            ModelState.AddModelError($"Form.{CultureInfo.InvariantCulture.TextInfo.ToTitleCase(language)}", localizer["NameRequired", localizer["Language_" + language]]);
        }
    }

    /// <summary>
    /// Runs <paramref name="change"/> (false: the topic is gone) unless the form has errors, and shows what went wrong
    /// above the table (<paramref name="stale"/> when someone changed the topic meanwhile), or redirects with the
    /// <paramref name="done"/> notice.
    /// </summary>
    private async Task<IActionResult> ChangeAsync(Func<Task<bool>> change, string done, string stale, CancellationToken ct)
    {
        if (!MayEdit)
        {
            return Forbid();
        }

        if (!await ShowAsync(ct))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            if (!await change())
            {
                ModelState.AddModelError("", localizer["Gone", Form.Code]);
                return Page();
            }
        }
        catch (ArgumentException refused)
        {
            ModelState.AddModelError("", refused.ParamName == "names" ? localizer["NameTaken"] : localizer["CodeTaken", Form.Code]);
            return Page();
        }
        catch (ConcurrencyConflictException)
        {
            ModelState.AddModelError("", localizer[stale, Form.Code]);
            return Page();
        }

        Notice = localizer[done, Form.Code];
        return RedirectToPage(new { EventId });
    }

    private async Task<bool> ShowAsync(CancellationToken ct)
    {
        if (!await LoadEventAsync(ct))
        {
            return false;
        }

        Topics = await topics.ListAsync(EventId, ct);
        return true;
    }

    private static List<string> ReaderLanguagesFirst(CultureInfo culture)
    {
        var reader = Topic.RequiredLanguages.Contains(culture.TwoLetterISOLanguageName) ? culture.TwoLetterISOLanguageName : "en";
        return [reader, .. Topic.RequiredLanguages.Where(l => l != reader)];
    }
}
