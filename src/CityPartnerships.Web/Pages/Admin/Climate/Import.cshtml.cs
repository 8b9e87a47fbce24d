using System.IO.Compression;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using CityPartnerships.Web.Features.Climate;
using CityPartnerships.Web.Features.Export;
using CityPartnerships.Web.Pages.Partnerships.Import;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace CityPartnerships.Web.Pages.Admin.Climate;

/// <summary>
/// Admins import climate indicators from a CSV file: upload with the source to cite, a preview of every row with the
/// city it was matched to or what is wrong, then one commit that saves every row or none. Between preview and commit
/// the rows travel in a hidden field protected by Data Protection for this admin and two hours.
/// </summary>
[RequestSizeLimit(RequestLimitBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = RequestLimitBytes, ValueLengthLimit = (int)RequestLimitBytes)]
public sealed class ImportModel(ClimateImport import, TimeProvider clock, IDataProtectionProvider dataProtection,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    private const long RequestLimitBytes = 8 * 1024 * 1024;
    private const string ProtectorPurpose = "ClimateImport";
    private static readonly TimeSpan _payloadLifetime = TimeSpan.FromHours(2);

    [BindProperty]
    public ClimateImportInput Input { get; set; } = new();

    public IReadOnlyList<CheckedClimateRow>? Preview { get; private set; }

    public string? Payload { get; private set; }

    public string? CommitProblem { get; private set; }

    public int ReadyCount => Preview?.Count(r => r.IsReady) ?? 0;

    public void OnGet()
    {
    }

    /// <summary>The template: the header of the long shape and two example rows (Toulouse today and in 2050).</summary>
    public IActionResult OnGetTemplate() => new CsvFile("climate-indicators.csv", ',', ClimateFile.LongHeader,
    [
        ["Toulouse", "FR", "Occitanie", "43.6045", "1.4440", "present", "", "14.2", "29.3", "2.7", "618", "73", ""],
        ["Toulouse", "FR", "Occitanie", "43.6045", "1.4440", "2050", "RCP4.5", "16.9", "35.2", "6.5", "595", "74", ""],
    ]);

    public async Task<IActionResult> OnPostPreviewAsync(IFormFile? upload, CancellationToken cancellationToken)
    {
        var rows = await ReadUploadAsync(upload, cancellationToken);
        if (!ModelState.IsValid || rows is null)
        {
            return Page();
        }

        Preview = await import.CheckAsync(rows, cancellationToken);
        Payload = Protect(new ClimatePayload(Source(), [.. rows]));
        return Page();
    }

    public async Task<IActionResult> OnPostCommitAsync(string? payload, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        if (Unprotect(payload) is not { } restored)
        {
            CommitProblem = localizer["Import.PayloadInvalid"];
            return Page();
        }

        Input = new ClimateImportInput { Name = restored.Source.Name, Citation = restored.Source.Citation, Licence = restored.Source.Licence, Url = restored.Source.Url };
        var result = await import.CommitAsync(restored.Source, restored.Rows, leaveOutUnmatched: false, cancellationToken);
        if (!result.Saved)
        {
            Preview = result.Rows;
            Payload = payload;
            CommitProblem = localizer["ClimateImport.NothingSaved"];
            return Page();
        }

        this.ShowSuccess(localizer.Count("ClimateImport.Saved", result.RowsSaved, restored.Source.Name));
        return RedirectToPage("/Climate/Index");
    }

    public string ErrorText(ClimateRowError error) => localizer[error.Key, error.Detail ?? string.Empty];

    private ClimateSourceInput Source() => new(Input.Name!.Trim(), Input.Citation!.Trim(), Input.Licence?.Trim(), Input.Url?.Trim());

    private async Task<IReadOnlyList<ClimateRow>?> ReadUploadAsync(IFormFile? upload, CancellationToken cancellationToken)
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
            var rows = ClimateFile.Parse(SpreadsheetReader.Read(upload.FileName, content.ToArray(), ClimateFile.MaxRows));
            if (rows.Count == 0)
            {
                throw new ClimateFileException("ClimateImport.Problem.Empty");
            }

            return rows;
        }
        catch (SpreadsheetException problem)
        {
            ModelState.AddModelError(field, localizer[$"Import.Problem.{problem.Problem}", problem.Problem switch
            {
                SpreadsheetProblem.TooLarge => (object)(SpreadsheetReader.MaxBytes / 1024 / 1024),
                SpreadsheetProblem.TooManyRows => ClimateFile.MaxRows,
                _ => problem.Row ?? 0,
            }]);
            return null;
        }
        catch (ClimateFileException problem)
        {
            ModelState.AddModelError(field, localizer[problem.Key, problem.Detail ?? string.Empty]);
            return null;
        }
    }

    private string Protect(ClimatePayload payload)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest))
        {
            JsonSerializer.Serialize(gzip, payload);
        }

        return WebEncoders.Base64UrlEncode(Protector().ToTimeLimitedDataProtector().Protect(compressed.ToArray(), clock.GetUtcNow().Add(_payloadLifetime)));
    }

    private ClimatePayload? Unprotect(string? payload)
    {
        if (string.IsNullOrWhiteSpace(payload))
        {
            return null;
        }

        try
        {
            var bytes = Protector().ToTimeLimitedDataProtector().Unprotect(WebEncoders.Base64UrlDecode(payload), out _);
            using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            return JsonSerializer.Deserialize<ClimatePayload>(gzip);
        }
        catch (Exception error) when (error is CryptographicException or FormatException or InvalidDataException or JsonException)
        {
            return null;
        }
    }

    private IDataProtector Protector() =>
        dataProtection.CreateProtector(ProtectorPurpose, User.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? string.Empty);

    private sealed record ClimatePayload(ClimateSourceInput Source, List<ClimateRow> Rows);
}
