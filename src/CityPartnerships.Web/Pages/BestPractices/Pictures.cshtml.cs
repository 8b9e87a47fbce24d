using System.ComponentModel.DataAnnotations;
using CityPartnerships.Domain.BestPractices;
using CityPartnerships.Web.Features.BestPractices;
using CityPartnerships.Web.Pages.Partnerships;

namespace CityPartnerships.Web.Pages.BestPractices;

/// <summary>
/// Pictures of a practice: JPEG, PNG or WebP up to 5 MB, recognised by their content, each with the alt text that
/// describes it. Stored in the database like agreement documents; the city's staff add and remove them while the
/// practice is a draft.
/// </summary>
[RefuseOversizedUpload(UploadRequestLimitBytes, "DomainError.BestPractice.Picture.TooLarge", (int)(BestPracticePicture.MaxSizeBytes / 1024 / 1024),
    "/BestPractices/Pictures", idRouteValue: "id")]
[RequestSizeLimit(UploadRequestLimitBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadRequestLimitBytes)]
public sealed class PicturesModel(AppDbContext db, BestPracticeChanges changes, TimeProvider clock, IStringLocalizer<SharedResource> localizer)
    : PageModel
{
    private const long UploadRequestLimitBytes = 6 * 1024 * 1024;

    [BindProperty]
    [StringLength(BestPracticePicture.AltTextMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "BestPractice.AltText")]
    public string? AltText { get; set; }

    public int Id { get; private set; }

    public string Title { get; private set; } = string.Empty;

    public IReadOnlyList<PictureView> Pictures { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) => FormAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostUploadAsync(int id, IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", localizer["Documents.NoFile"]);
        }
        else if (file.Length > BestPracticePicture.MaxSizeBytes)
        {
            ModelState.AddModelError("file", localizer["DomainError.BestPractice.Picture.TooLarge"]);
        }

        if (ModelState.IsValid)
        {
            var content = await ReadAtMostAsync(file!, BestPracticePicture.MaxSizeBytes + 1, cancellationToken);
            var result = await changes.ChangeAsync(Viewer.From(User), id, PracticeChange.Edit, p =>
            {
                p.AddPicture(file!.FileName, content, AltText ?? string.Empty, clock.GetUtcNow().UtcDateTime, User.GetDisplayName());
                return Task.CompletedTask;
            }, cancellationToken, withPictures: true);
            if (this.Refusal(result.Outcome) is { } refusal)
            {
                return refusal;
            }

            if (result.IsDone)
            {
                this.ShowSuccess(localizer["BestPractice.PictureAdded"]);
                return RedirectToPage(new { id });
            }

            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.ParamName == "altText" ? nameof(AltText) : "file", DomainErrors.Message(error, localizer));
            }
        }

        return await FormAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, int pictureId, CancellationToken cancellationToken)
    {
        var result = await changes.ChangeAsync(Viewer.From(User), id, PracticeChange.Edit, p =>
        {
            p.RemovePicture(pictureId);
            return Task.CompletedTask;
        }, cancellationToken, withPictures: true);
        if (this.Refusal(result.Outcome) is { } refusal)
        {
            return refusal;
        }

        this.ShowOutcome(result, localizer, "BestPractice.PictureRemoved");
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult> FormAsync(int id, CancellationToken cancellationToken)
    {
        var loaded = await changes.PracticeAsync(Viewer.From(User), id, PracticeChange.Edit, cancellationToken);
        if (loaded.Record is not { } practice)
        {
            return this.Refusal(loaded.Outcome)!;
        }

        Id = id;
        Title = practice.TextIn(ActionAreaNames.Language).Title;
        Pictures = await db.Set<BestPracticePicture>().AsNoTracking().Where(p => p.BestPracticeId == id).OrderBy(p => p.Id)
            .Select(p => new PictureView(p.Id, p.AltText)).ToListAsync(cancellationToken);
        return Page();
    }

    /// <summary>Reads no more than <paramref name="limit"/> bytes, whatever the upload claims its length to be.</summary>
    private static async Task<byte[]> ReadAtMostAsync(IFormFile file, long limit, CancellationToken cancellationToken)
    {
        var buffer = new byte[Math.Min(file.Length + 1, limit)];
        await using var stream = file.OpenReadStream();
        var read = await stream.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken);
        Array.Resize(ref buffer, read);
        return buffer;
    }
}
