using System.Globalization;
using System.IO.Compression;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using CityPartnerships.Web.Data.Configurations;
using CityPartnerships.Web.Features.Export;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Npgsql;

namespace CityPartnerships.Web.Pages.Partnerships.Import;

/// <summary>
/// Staff import their city's partnerships from a spreadsheet: upload, a preview of every row as it will be saved
/// with what is wrong, then one commit that saves all rows or none.
/// </summary>
/// <remarks>
/// Between preview and commit the rows travel in a hidden field, protected by ASP.NET Core Data Protection for this
/// user and for two hours, so nobody can change them on the way; the commit checks them against the register again.
/// </remarks>
[Authorize(Policy = Policies.CityStaff)]
[RefuseOversizedUpload(RequestLimitBytes, "Import.Problem.TooLarge", (int)(SpreadsheetReader.MaxBytes / 1024 / 1024), "/Partnerships/Import/Index")]
[RequestSizeLimit(RequestLimitBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = RequestLimitBytes, ValueLengthLimit = (int)RequestLimitBytes)]
public sealed class IndexModel(AppDbContext db, TimeProvider clock, IDataProtectionProvider dataProtection,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    // Room for a file a little over the limit (so its user hears why) and for the protected rows of a full preview.
    private const long RequestLimitBytes = 8 * 1024 * 1024;
    private const string ProtectorPurpose = "PartnershipImport";

    // The first key of the PostgreSQL advisory lock taken by a commit; the second is the city ("Impt").
    private const int ImportLockSpace = 0x496D7074;
    private static readonly TimeSpan _payloadLifetime = TimeSpan.FromHours(2);

    public IReadOnlyList<CheckedRow>? Preview { get; private set; }

    public string? FileName { get; private set; }

    public IReadOnlyList<string> IgnoredHeaders { get; private set; } = [];

    /// <summary>The checked rows for the commit; only when the preview has no errors.</summary>
    public string? Payload { get; private set; }

    /// <summary>Why the last commit saved nothing, when it did not.</summary>
    public string? CommitProblem { get; private set; }

    public int ErrorRowCount => Preview?.Count(r => r.Errors.Count > 0) ?? 0;

    public static IReadOnlyList<ImportColumn> Columns { get; } = Enum.GetValues<ImportColumn>();

    public void OnGet()
    {
    }

    /// <summary>A CSV file with the header row and one example row, in the user's language and their Excel's separator.</summary>
    public async Task<IActionResult> OnGetTemplateAsync(CancellationToken cancellationToken)
    {
        var german = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == PortalCultures.German;
        var separator = german ? ';' : ',';
        var areas = await db.ActionAreas.AsNoTracking().Select(ActionAreaNames.InCurrentLanguage()).OrderBy(name => name).Take(2).ToListAsync(cancellationToken);
        var example = new Dictionary<ImportColumn, string>
        {
            [ImportColumn.PartnerCity] = "Toulouse",
            [ImportColumn.PartnerCountry] = CountryNames.Display("FR"),
            [ImportColumn.Kind] = localizer["PartnershipKind.Twinning"],
            [ImportColumn.Status] = localizer["PartnershipStatus.Active"],
            [ImportColumn.StartedOn] = new DateOnly(2024, 5, 1).ToString(german ? "dd.MM.yyyy" : "yyyy-MM-dd", CultureInfo.InvariantCulture),
            [ImportColumn.EndedOn] = string.Empty,
            [ImportColumn.Description] = localizer["Import.TemplateDescription"],
            [ImportColumn.ActionAreas] = string.Join(ImportSheet.AreaSeparator + " ", areas),
        };
        return new CsvFile(localizer["Import.TemplateFileName"] + ".csv", separator, [.. Columns.Select(c => localizer[$"Import.Column.{c}"].Value)],
            [[.. Columns.Select(c => example[c])]]);
    }

    public async Task<IActionResult> OnPostPreviewAsync(IFormFile? upload, CancellationToken cancellationToken)
    {
        var rows = await ReadUploadAsync(upload, cancellationToken);
        if (rows is null)
        {
            return Page();
        }

        FileName = Path.GetFileName(SpreadsheetReader.Clean(upload!.FileName));
        Preview = await ImportCheck.RunAsync(db, OwnCityId, rows, clock.GetUtcNow().UtcDateTime, cancellationToken);
        if (ErrorRowCount == 0)
        {
            Payload = Protect(new ImportPayload(FileName, OwnCityId, clock.GetUtcNow().UtcDateTime, [.. rows]));
        }

        return Page();
    }

    public async Task<IActionResult> OnPostCommitAsync(string? payload, CancellationToken cancellationToken)
    {
        var imported = Unprotect(payload);
        if (imported is null || imported.CityId != OwnCityId)
        {
            CommitProblem = localizer["Import.PayloadInvalid"];
            return Page();
        }

        FileName = imported.FileName;
        var now = clock.GetUtcNow().UtcDateTime;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            // One commit per city at a time: a second one (a double click, a second tab) waits here until the first
            // is saved, and then sees its rows.
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({ImportLockSpace}, {OwnCityId})", cancellationToken);

            // Everything is checked again: the register may have changed since the preview.
            Preview = await ImportCheck.RunAsync(db, OwnCityId, imported.Rows, now, cancellationToken);
            if (await AlreadySavedAsync(imported.PreviewedAtUtc, cancellationToken))
            {
                TempData["StatusMessage"] = localizer["Import.AlreadySaved"].Value;
                return RedirectToPage("/Partnerships/Index", new { mine = "true" });
            }

            if (ErrorRowCount > 0 || Preview.Count == 0)
            {
                CommitProblem = localizer["Import.NothingImportedErrors"];
                return Page();
            }

            try
            {
                db.Partnerships.AddRange(Preview.Select(r => r.Partnership!));
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            catch (DbUpdateException error)
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                CommitProblem = error.InnerException is PostgresException { ConstraintName: PartnershipConfiguration.UniqueActivePairIndex }
                    ? localizer["Import.NothingImportedConflict"]
                    : localizer["Import.NothingImportedFailed"];
                Preview = await ImportCheck.RunAsync(db, OwnCityId, imported.Rows, now, cancellationToken);
                return Page();
            }
        }

        TempData["StatusMessage"] = (Preview.Count == 1 ? localizer["Import.ImportedOne"] : localizer["Import.Imported", Preview.Count]).Value;
        return RedirectToPage("/Partnerships/Index", new { mine = "true" });
    }

    /// <summary>"Partner city: This city is not in the register."</summary>
    public string Describe(RowError error)
    {
        var message = localizer[error.Key, error.Arguments];
        return error.Column is { } column ? localizer["Import.ErrorInColumn", localizer[$"Import.Column.{column}"], message] : message;
    }

    private int OwnCityId => User.GetCityId()!.Value;

    /// <summary>The rows of the uploaded file; null, with the reason in the model state, when it cannot be imported.</summary>
    private async Task<IReadOnlyList<ImportRow>?> ReadUploadAsync(IFormFile? upload, CancellationToken cancellationToken)
    {
        const string field = "upload";
        if (upload is null || upload.Length == 0)
        {
            ModelState.AddModelError(field, localizer["Import.NoFile"]);
            return null;
        }

        if (!SpreadsheetReader.IsSupported(upload.FileName))
        {
            ModelState.AddModelError(field, localizer["Import.Problem.WrongType"]);
            return null;
        }

        if (upload.Length > SpreadsheetReader.MaxBytes)
        {
            ModelState.AddModelError(field, localizer["Import.Problem.TooLarge", SpreadsheetReader.MaxBytes / 1024 / 1024]);
            return null;
        }

        try
        {
            using var content = new MemoryStream();
            await upload.CopyToAsync(content, cancellationToken);
            var sheet = SpreadsheetReader.Read(upload.FileName, content.ToArray(), ImportSheet.MaxRows);
            var rows = ImportSheet.Rows(sheet, out var ignored);
            IgnoredHeaders = ignored;
            if (rows.Count == 0)
            {
                throw new SpreadsheetException(SpreadsheetProblem.Empty);
            }

            return rows;
        }
        catch (SpreadsheetException problem)
        {
            ModelState.AddModelError(field, localizer[$"Import.Problem.{problem.Problem}", problem.Problem switch
            {
                SpreadsheetProblem.TooLarge => (object)(SpreadsheetReader.MaxBytes / 1024 / 1024),
                SpreadsheetProblem.TooManyRows => ImportSheet.MaxRows,
                SpreadsheetProblem.DuplicateColumn => problem.Detail ?? string.Empty,
                _ => problem.Row ?? 0,
            }]);
            return null;
        }
    }

    private string Protect(ImportPayload payload)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest))
        {
            JsonSerializer.Serialize(gzip, payload);
        }

        var protector = Protector().ToTimeLimitedDataProtector();
        return WebEncoders.Base64UrlEncode(protector.Protect(compressed.ToArray(), clock.GetUtcNow().Add(_payloadLifetime)));
    }

    /// <summary>The rows of a preview, or null when the payload is missing, expired, or was not made for this user.</summary>
    private ImportPayload? Unprotect(string? payload)
    {
        if (string.IsNullOrWhiteSpace(payload))
        {
            return null;
        }

        try
        {
            var protector = Protector().ToTimeLimitedDataProtector();
            // Throws when the time is up, as when a byte was changed.
            var bytes = protector.Unprotect(WebEncoders.Base64UrlDecode(payload), out _);
            using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            return JsonSerializer.Deserialize<ImportPayload>(gzip);
        }
        catch (Exception error) when (error is CryptographicException or FormatException or InvalidDataException or JsonException)
        {
            return null;
        }
    }

    // Bound to the user: a payload made for someone else is refused like a forged one.
    private IDataProtector Protector() =>
        dataProtection.CreateProtector(ProtectorPurpose, User.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? string.Empty);

    /// <summary>
    /// Whether this preview was committed before: the rows of one commit share their creation time, so a group of the
    /// city's partnerships created at one moment since the preview, with exactly the preview's partners, kinds and
    /// statuses, is that commit. Deleted ones count too: a preview is saved once.
    /// </summary>
    private async Task<bool> AlreadySavedAsync(DateTime previewedAtUtc, CancellationToken cancellationToken)
    {
        if (Preview is null || Preview.Any(r => r.Partner is null || r.Kind is null || r.Status is null))
        {
            return false;
        }

        var expected = Preview.Select(r => (r.Partner!.Id, r.Kind!.Value, r.Status!.Value)).Order().ToList();
        var ownCityId = OwnCityId;
        var created = await db.Partnerships.IgnoreQueryFilters().AsNoTracking()
            .Where(p => p.CityId == ownCityId && p.CreatedAt >= previewedAtUtc)
            .Select(p => new { p.CreatedAt, p.PartnerCityId, p.Kind, p.Status })
            .ToListAsync(cancellationToken);
        return created.GroupBy(p => p.CreatedAt)
            .Any(group => group.Select(p => (p.PartnerCityId, p.Kind, p.Status)).Order().SequenceEqual(expected));
    }

    /// <summary>The checked rows of a preview, for whom and when it was made.</summary>
    private sealed record ImportPayload(string FileName, int CityId, DateTime PreviewedAtUtc, List<ImportRow> Rows);
}
