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
/// officers and analysts read it; administrators also add, rename and delete topics here (the rules are
/// <see cref="TopicStore"/>'s: four names, none another topic's, no deleting a topic records or agreements name).
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
    public Task<IActionResult> OnPostAddAsync(CancellationToken ct) =>
        ChangeAsync(newCode: true,
            async () =>
            {
                await topics.AddAsync(EventId, new Topic(Form.Code, Form.Names), ct);
                return true;
            }, "Added", ct);

    /// <summary>Renames the topic of the form (administrators); a stale version is refused.</summary>
    /// <param name="ct">Cancels the write.</param>
    public Task<IActionResult> OnPostRenameAsync(CancellationToken ct) =>
        ChangeAsync(newCode: false,
            async () => await topics.RenameAsync(EventId, Form.Code, Form.Names, Form.Version, ct) is not null, "Renamed", ct);

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

    /// <summary>
    /// Checks the form (the code too when <paramref name="newCode"/>), runs <paramref name="change"/> (false: the topic
    /// is gone) and shows what went wrong above the table, or redirects with the <paramref name="done"/> notice.
    /// </summary>
    private async Task<IActionResult> ChangeAsync(bool newCode, Func<Task<bool>> change, string done, CancellationToken ct)
    {
        if (!MayEdit)
        {
            return Forbid();
        }

        if (!await ShowAsync(ct))
        {
            return NotFound();
        }

        if (newCode && !Topic.IsValidCode(Form.Code))
        {
            ModelState.AddModelError("Form.Code", localizer["BadCode"]);
        }

        foreach (var (language, name) in Form.Names.Where(n => string.IsNullOrWhiteSpace(n.Value)))
        {
            ModelState.AddModelError($"Form.{CultureInfo.InvariantCulture.TextInfo.ToTitleCase(language)}", localizer["NameRequired", localizer["Language_" + language]]);
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
            ModelState.AddModelError("", localizer["Stale", Form.Code]);
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
