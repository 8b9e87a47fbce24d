using System.Globalization;
using System.IO.Compression;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using CityPartnerships.Domain.Cities;
using CityPartnerships.Web.Data.Configurations;
using CityPartnerships.Web.Features.Cities;
using CityPartnerships.Web.Features.Export;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Npgsql;

namespace CityPartnerships.Web.Pages.Partnerships.Import;

/// <summary>
/// Staff import their city's partnerships from a spreadsheet: upload; when a header is not recognised, a look at the
/// columns to say what each holds; a preview of every row as it will be saved with what is wrong and the namesakes to
/// choose from; then one commit that adds the ready rows, updates the pairs chosen for it, and leaves the rest out, to
/// download with the reasons, fix and upload again.
/// </summary>
/// <remarks>
/// Between the steps the file's cells and the columns chosen travel in a hidden field, protected by ASP.NET Core Data Protection for this
/// user and for two hours, so nobody can change them on the way; the commit checks them against the register again.
/// </remarks>
[Authorize(Policy = Policies.Importer)]
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

    /// <summary>Value of the "for" choice of admins: an association's file whose rows name their own city.</summary>
    public const string AssociationWide = "all";

    public IReadOnlyList<CheckedRow>? Preview { get; private set; }

    /// <summary>
    /// For admins: the member city they import for, or <see cref="AssociationWide"/>. Staff always import for their own
    /// city, whatever this says.
    /// </summary>
    [BindProperty(SupportsGet = true, Name = "for")]
    public string? For { get; set; }

    /// <summary>The city the import is for; null for an association's file (admins).</summary>
    public int? ImportCityId { get; private set; }

    public string? ImportCityName { get; private set; }

    public bool IsAdmin => User.IsInRole(Roles.AssociationAdmin);

    /// <summary>The member cities an admin may import for.</summary>
    public IReadOnlyList<SelectListItem> MemberOptions { get; private set; } = [];

    /// <summary>The rows the preview lists: all, or for a file of more than <see cref="ImportSheet.MaxRows"/> rows the ones to fix.</summary>
    public IReadOnlyList<CheckedRow> ListedRows => Preview is null ? []
        : Preview.Count <= ImportSheet.MaxRows ? Preview
        : [.. Preview.Where(r => r.IsSkipped).Take(ImportSheet.MaxRows)];

    public string? FileName { get; private set; }

    /// <summary>The step before the preview: each header of the file with what it is read as; null in the other steps.</summary>
    public IReadOnlyList<ColumnChoice>? ColumnChoices { get; private set; }

    /// <summary>Why the columns chosen cannot be used yet.</summary>
    public IReadOnlyList<MappingProblem> MappingProblems { get; private set; } = [];

    public IReadOnlyList<string> IgnoredHeaders { get; private set; } = [];

    /// <summary>The rows of the file, protected, for the commit and the download of skipped rows.</summary>
    public string? Payload { get; private set; }

    /// <summary>Why the last commit saved nothing, when it did not.</summary>
    public string? CommitProblem { get; private set; }

    /// <summary>After a commit that left rows out: how many were added and updated.</summary>
    public (int Added, int Updated)? Committed { get; private set; }

    /// <summary>What the user chose in the preview; after a commit carried along, so the skipped rows download as shown.</summary>
    public ImportDecisions Chosen { get; private set; } = ImportDecisions.None;

    public int Count(RowOutcome outcome) => Preview?.Count(r => r.Outcome == outcome) ?? 0;

    /// <summary>Where the own city lies, for the distance of each namesake offered.</summary>
    private (double Latitude, double Longitude)? _ownPlace;

    /// <summary>The columns of a city's file; an association's file has the own city's columns too.</summary>
    public static IReadOnlyList<ImportColumn> Columns { get; } = [.. Enum.GetValues<ImportColumn>().Where(c => !PlaceColumns.IsOwn(c))];

    public IReadOnlyList<ImportColumn> FileColumns => ImportCityId is null && IsAdmin ? Enum.GetValues<ImportColumn>() : Columns;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await ChooseCityAsync(cancellationToken);

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
            [ImportColumn.PartnerRegion] = "Occitanie",
            [ImportColumn.Kind] = localizer["PartnershipKind.Twinning"],
            [ImportColumn.Status] = localizer["PartnershipStatus.Active"],
            [ImportColumn.StartedOn] = new DateOnly(2024, 5, 1).ToString(german ? "dd.MM.yyyy" : "yyyy-MM-dd", CultureInfo.InvariantCulture),
            [ImportColumn.EndedOn] = string.Empty,
            [ImportColumn.Description] = localizer["Import.TemplateDescription"],
            [ImportColumn.ActionAreas] = string.Join(ImportSheet.AreaSeparator + " ", areas),
            [ImportColumn.Latitude] = string.Empty,
            [ImportColumn.Longitude] = string.Empty,
            [ImportColumn.PartnerGeoNameId] = "2972315",
        };
        return new CsvFile(localizer["Import.TemplateFileName"] + ".csv", separator, [.. Columns.Select(c => localizer[$"Import.Column.{c}"].Value)],
            [[.. Columns.Select(c => example[c])]]);
    }

    public async Task<IActionResult> OnPostPreviewAsync(IFormFile? upload, CancellationToken cancellationToken)
    {
        if (!await ChooseCityAsync(cancellationToken))
        {
            return Page();
        }

        var sheet = await ReadUploadAsync(upload, cancellationToken);
        if (sheet is null)
        {
            return Page();
        }

        var headers = sheet[0].Cells;
        var mapping = ImportSheet.Recognise(headers);
        var imported = new ImportPayload(Path.GetFileName(SpreadsheetReader.Clean(upload!.FileName)), ImportCityId,
            clock.GetUtcNow().UtcDateTime, [.. sheet], [.. mapping]);
        return ImportSheet.NeedsReview(headers, mapping)
            ? ShowColumns(imported)
            : await ShowPreviewAsync(imported, cancellationToken);
    }

    /// <summary>The preview with the columns chosen for the file's headers, or the columns again with what is wrong.</summary>
    public async Task<IActionResult> OnPostColumnsAsync(string? payload, Dictionary<int, string>? column, CancellationToken cancellationToken)
    {
        if (await RestoreAsync(payload, cancellationToken) is not { } imported)
        {
            return Page();
        }

        var headers = imported.Sheet[0].Cells;
        List<ImportColumn?> mapping = [.. headers.Select((_, index) => FileColumns
            .Select(c => (ImportColumn?)c)
            .FirstOrDefault(c => c.ToString() == column?.GetValueOrDefault(index)))];
        imported = imported with { Mapping = mapping, PreviewedAtUtc = clock.GetUtcNow().UtcDateTime };
        return ImportSheet.Problems(headers, mapping).Count > 0
            ? ShowColumns(imported)
            : await ShowPreviewAsync(imported, cancellationToken);
    }

    /// <summary>Back from the preview to the columns, to choose again what they hold.</summary>
    public async Task<IActionResult> OnPostEditColumnsAsync(string? payload, CancellationToken cancellationToken) =>
        await RestoreAsync(payload, cancellationToken) is { } imported ? ShowColumns(imported) : Page();

    /// <summary>The preview again, with the partners and updates chosen in it.</summary>
    public async Task<IActionResult> OnPostRecheckAsync(string? payload, Dictionary<int, int>? partner, int[]? update,
        CancellationToken cancellationToken)
    {
        if (await RestoreAsync(payload, cancellationToken) is not { } imported)
        {
            return Page();
        }

        Preview = await CheckAsync(imported.Rows(), Decisions(partner, update), cancellationToken);
        return Page();
    }

    /// <summary>The rows the commit leaves out, with the reason, as a CSV file to fix and upload again.</summary>
    public async Task<IActionResult> OnPostSkippedAsync(string? payload, Dictionary<int, int>? partner, int[]? update,
        CancellationToken cancellationToken)
    {
        if (await RestoreAsync(payload, cancellationToken) is not { } imported)
        {
            return Page();
        }

        var german = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == PortalCultures.German;
        var skipped = (await CheckAsync(imported.Rows(), Decisions(partner, update), cancellationToken)).Where(r => r.IsSkipped).ToList();
        return new CsvFile(localizer["Import.SkippedFileName", Path.GetFileNameWithoutExtension(imported.FileName)] + ".csv", german ? ';' : ',',
            [.. FileColumns.Select(c => localizer[$"Import.Column.{c}"].Value), localizer["Import.Problems"].Value],
            [.. skipped.Select(r => (IReadOnlyList<string>)[.. FileColumns.Select(c => r.Source[c]), Problems(r)])]);
    }

    public async Task<IActionResult> OnPostCommitAsync(string? payload, Dictionary<int, int>? partner, int[]? update,
        CancellationToken cancellationToken)
    {
        if (await RestoreAsync(payload, cancellationToken) is not { } imported)
        {
            return Page();
        }

        var decisions = Chosen = Decisions(partner, update);
        var now = clock.GetUtcNow().UtcDateTime;
        int added, updated;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            // One commit per city at a time: a second one (a double click, a second tab) waits here until the first
            // is saved, and then sees its rows.
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({ImportLockSpace}, {ImportCityId ?? 0})", cancellationToken);

            // Everything is checked again: the register may have changed since the preview.
            Preview = await CheckAsync(imported.Rows(), decisions, now, cancellationToken);
            if (await AlreadySavedAsync(imported.PreviewedAtUtc, cancellationToken))
            {
                TempData["StatusMessage"] = localizer["Import.AlreadySaved"].Value;
                return RedirectToList();
            }

            var updates = Preview.Where(r => r.Outcome == RowOutcome.Update).ToList();
            var updateIds = updates.Select(r => r.Existing!.Id).ToList();
            var toUpdate = await db.Partnerships.Include(p => p.ActionAreas).Where(p => updateIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
            updated = updates.Count(r => toUpdate.TryGetValue(r.Existing!.Id, out var existing) && ImportCheck.TryUpdate(r, existing, now));
            var additions = Preview.Where(r => r.Outcome == RowOutcome.Add).Select(r => r.Partnership!).ToList();
            added = additions.Count;
            if (added + updated == 0)
            {
                CommitProblem = localizer["Import.NothingReady"];
                return Page();
            }

            try
            {
                db.Partnerships.AddRange(additions);
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
                Preview = await CheckAsync(imported.Rows(), decisions, cancellationToken);
                return Page();
            }
        }

        var message = localizer["Import.Done", localizer.Count("Import.RowsAdded", added), localizer.Count("Import.RowsUpdated", updated)].Value;
        if (!Preview.Any(r => r.IsSkipped))
        {
            TempData["StatusMessage"] = message;
            return RedirectToList();
        }

        // Rows were left out: the page lists them and offers them as a file to fix.
        Committed = (added, updated);
        Preview = Preview.Where(r => r.IsSkipped).ToList();
        return Page();
    }

    /// <summary>"Partner city: This city is not in the register."</summary>
    public string Describe(RowError error)
    {
        var arguments = error.Arguments.Select(a => a is ResourceText text ? localizer[text.Key].Value : a).ToArray();
        var message = localizer[error.Key, arguments];
        return error.Column is { } column ? localizer["Import.ErrorInColumn", localizer[$"Import.Column.{column}"], message] : message;
    }

    /// <summary>A namesake offered in a row, with its distance from the own city.</summary>
    public CityChoiceView Choice(CityCandidate city) => new(city.Id, city.Name, city.Region, city.CountryCode, city.Population,
        _ownPlace is { } own && city.Latitude is { } lat && city.Longitude is { } lon ? GeoDistance.Kilometres(own.Latitude, own.Longitude, lat, lon) : null);

    /// <summary>Every problem of a row in one line, for the file of skipped rows.</summary>
    public string Problems(CheckedRow row) => row.Outcome == RowOutcome.NeedsChoice
        ? localizer["Import.ChoosePartner"]
        : string.Join(" ", row.Errors.Select(Describe));

    private RedirectToPageResult RedirectToList() => IsAdmin
        ? RedirectToPage("/Partnerships/Index", ImportCityId is { } cityId ? new { city = cityId } : null)
        : RedirectToPage("/Partnerships/Index", new { mine = "true" });

    /// <summary>
    /// Sets the city the import is for: the staff member's own; for admins the member city chosen, or none for an
    /// association's file. False, with the reason shown, when an admin's choice is not a member city.
    /// </summary>
    private async Task<bool> ChooseCityAsync(CancellationToken cancellationToken)
    {
        if (!IsAdmin)
        {
            ImportCityId = User.GetCityId();
            ImportCityName = await db.Cities.Where(c => c.Id == ImportCityId).Select(c => c.Name).SingleAsync(cancellationToken);
            return true;
        }

        var members = await db.Cities.AsNoTracking().Where(c => c.IsAssociationMember).OrderBy(c => c.Name)
            .Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken);
        MemberOptions = [.. members.Select(m => new SelectListItem(m.Name, m.Id.ToString(CultureInfo.InvariantCulture), For == m.Id.ToString(CultureInfo.InvariantCulture)))];
        For ??= AssociationWide;
        if (For == AssociationWide)
        {
            return true;
        }

        if (members.FirstOrDefault(m => m.Id.ToString(CultureInfo.InvariantCulture) == For) is { } member)
        {
            (ImportCityId, ImportCityName) = (member.Id, member.Name);
            return true;
        }

        ModelState.AddModelError("for", localizer["Import.ChooseMemberCity"]);
        return false;
    }

    private Task<IReadOnlyList<CheckedRow>> CheckAsync(IReadOnlyList<ImportRow> rows, ImportDecisions decisions, CancellationToken cancellationToken) =>
        CheckAsync(rows, decisions, clock.GetUtcNow().UtcDateTime, cancellationToken);

    private async Task<IReadOnlyList<CheckedRow>> CheckAsync(IReadOnlyList<ImportRow> rows, ImportDecisions decisions, DateTime nowUtc,
        CancellationToken cancellationToken)
    {
        var cityId = ImportCityId;
        var own = await db.Cities.AsNoTracking().Where(c => c.Id == cityId).Select(c => new { c.Latitude, c.Longitude }).SingleOrDefaultAsync(cancellationToken);
        _ownPlace = own is { Latitude: { } latitude, Longitude: { } longitude } ? (latitude, longitude) : null;
        return await ImportCheck.RunAsync(db, cityId, rows, decisions, nowUtc, cancellationToken);
    }

    private static ImportDecisions Decisions(Dictionary<int, int>? partner, int[]? update) =>
        new(partner?.Where(p => p.Value > 0).ToDictionary() ?? [], update?.ToHashSet() ?? []);

    /// <summary>The payload's rows for this city, or null with the problem shown.</summary>
    private async Task<ImportPayload?> RestoreAsync(string? payload, CancellationToken cancellationToken)
    {
        var imported = Unprotect(payload);
        For = imported?.CityId?.ToString(CultureInfo.InvariantCulture) ?? AssociationWide;
        await ChooseCityAsync(cancellationToken);
        // Staff: made for their own city. Admins: for the city (or the association) they chose for the preview.
        if (imported is null || imported.CityId != ImportCityId || imported.Sheet.Count < 2 || imported.Mapping.Count != imported.Sheet[0].Cells.Count)
        {
            CommitProblem = localizer["Import.PayloadInvalid"];
            return null;
        }

        FileName = imported.FileName;
        IgnoredHeaders = ImportSheet.Unused(imported.Sheet[0].Cells, imported.Mapping);
        Payload = payload;
        return imported;
    }

    private PageResult ShowColumns(ImportPayload imported)
    {
        var headers = imported.Sheet[0].Cells;
        FileName = imported.FileName;
        MappingProblems = ImportSheet.Problems(headers, imported.Mapping);
        ColumnChoices = [.. headers.Select((header, index) => new ColumnChoice(index, header, imported.Mapping[index], ImportSheet.ColumnFor(header) is not null,
            [.. imported.Sheet.Skip(1).Select(row => index < row.Cells.Count ? row.Cells[index].Trim() : string.Empty)
                .Where(value => value.Length > 0).Distinct().Take(3)]))];
        Payload = Protect(imported);
        return Page();
    }

    private async Task<PageResult> ShowPreviewAsync(ImportPayload imported, CancellationToken cancellationToken)
    {
        FileName = imported.FileName;
        IgnoredHeaders = ImportSheet.Unused(imported.Sheet[0].Cells, imported.Mapping);
        Preview = await CheckAsync(imported.Rows(), ImportDecisions.None, cancellationToken);
        Payload = Protect(imported);
        return Page();
    }

    /// <summary>The header and data rows of the uploaded file; null, with the reason in the model state, when it cannot be imported.</summary>
    private async Task<IReadOnlyList<SheetRow>?> ReadUploadAsync(IFormFile? upload, CancellationToken cancellationToken)
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
            var sheet = SpreadsheetReader.Read(upload.FileName, content.ToArray(), ImportCityId is null ? ImportSheet.MaxAssociationRows : ImportSheet.MaxRows);
            return sheet.Count < 2 ? throw new SpreadsheetException(SpreadsheetProblem.Empty) : sheet;
        }
        catch (SpreadsheetException problem)
        {
            ModelState.AddModelError(field, localizer[$"Import.Problem.{problem.Problem}", problem.Problem switch
            {
                SpreadsheetProblem.TooLarge => (object)(SpreadsheetReader.MaxBytes / 1024 / 1024),
                SpreadsheetProblem.TooManyRows => ImportSheet.MaxRows,
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
    /// Whether this preview was committed before (a double click, a second tab): then no row is left to add, and the
    /// pairs created since the preview include one group created at one moment, the rows of one commit, with exactly
    /// the partners, kinds and statuses of the rows recognised as created since then. Deleted ones count too.
    /// </summary>
    private async Task<bool> AlreadySavedAsync(DateTime previewedAtUtc, CancellationToken cancellationToken)
    {
        var fromThisImport = Preview?.Where(r => r.Existing is { } existing && existing.CreatedAt >= previewedAtUtc).ToList() ?? [];
        if (fromThisImport.Count == 0 || Preview!.Any(r => r.Outcome == RowOutcome.Add))
        {
            return false;
        }

        var expected = fromThisImport.Select(r => (r.Own!.Id, r.Partner!.Id, r.Kind!.Value, r.Status!.Value)).Order().ToList();
        var ownIds = expected.Select(e => e.Item1).Distinct().ToList();
        var created = await db.Partnerships.IgnoreQueryFilters().AsNoTracking()
            .Where(p => ownIds.Contains(p.CityId) && p.CreatedAt >= previewedAtUtc)
            .Select(p => new { p.CreatedAt, p.CityId, p.PartnerCityId, p.Kind, p.Status })
            .ToListAsync(cancellationToken);
        return created.GroupBy(p => p.CreatedAt)
            .Any(group => group.Select(p => (p.CityId, p.PartnerCityId, p.Kind, p.Status)).Order().SequenceEqual(expected));
    }

    /// <summary>The cells of a file (the header row first) and the column chosen for each header, for whom and when.</summary>
    private sealed record ImportPayload(string FileName, int? CityId, DateTime PreviewedAtUtc, List<SheetRow> Sheet, List<ImportColumn?> Mapping)
    {
        /// <summary>The data rows; a mapping with problems (only ever shown on the columns step) reads none.</summary>
        public IReadOnlyList<ImportRow> Rows() =>
            ImportSheet.Problems(Sheet[0].Cells, Mapping).Count > 0 ? [] : ImportSheet.Rows(Sheet, Mapping);
    }
}

/// <summary>A header of the file on the columns step: what it is read as, whether the import knows it, and its first values.</summary>
public sealed record ColumnChoice(int Index, string Header, ImportColumn? Column, bool IsKnown, IReadOnlyList<string> Examples);
