using Liaison.Data.Dossiers;
using Liaison.Interchange;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Liaison.Web.Pages.Events;

/// <summary>
/// Imports an event file (docs/scenario.md) as a new event, for the protocol office: the form's counterpart of
/// <c>POST /api/events/import</c>. A bad file is listed problem by problem, each with its JSON path and fix, and nothing
/// is stored; a good one is stored whole, all or nothing.
/// </summary>
[Authorize(Policy = Policies.ProtocolOffice)]
[RequestSizeLimit(MaxBytes)]
public sealed class ImportModel(DossierStore dossiers, IStringLocalizer<ImportModel> localizer) : PageModel
{
    /// <summary>The largest file taken, in bytes (16 MB: the 43-meeting sample is under 200 kB).</summary>
    public const int MaxBytes = 16 * 1024 * 1024;

    /// <summary>The uploaded event file.</summary>
    [BindProperty]
    public IFormFile? Upload { get; set; }

    /// <summary>What is wrong with the file just sent; empty when nothing was sent or it was imported.</summary>
    public IReadOnlyList<FileProblem> Problems { get; private set; } = [];

    /// <summary>The result of the last import.</summary>
    [TempData]
    public string? Notice { get; set; }

    /// <summary>The event the last import created, for a link to it.</summary>
    [TempData]
    public Guid? ImportedId { get; set; }

    /// <summary>Shows the form.</summary>
    public void OnGet()
    {
    }

    /// <summary>Reads, checks and stores the file; on any problem shows them all and stores nothing.</summary>
    /// <param name="ct">Cancels the import (then nothing is stored).</param>
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Upload is not { Length: > 0 })
        {
            ModelState.AddModelError(nameof(Upload), localizer["NoFile"]);
            return Page();
        }

        string json;
        using (var reader = new StreamReader(Upload.OpenReadStream()))
        {
            json = await reader.ReadToEndAsync(ct);
        }

        try
        {
            var dossier = EventFile.Parse(json, Upload.FileName);
            ImportedId = await dossiers.ImportAsync(dossier, User.Identity?.Name ?? "unknown", ct);
            Notice = localizer["Imported", dossier.Event.Name];
            return RedirectToPage();
        }
        catch (InvalidFileException invalid)
        {
            Problems = invalid.Problems;
            return Page();
        }
    }
}
