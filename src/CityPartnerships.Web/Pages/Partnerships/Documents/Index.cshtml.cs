using CityPartnerships.Domain.Common;
using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Web.Features.Partnerships;

namespace CityPartnerships.Web.Pages.Partnerships.Documents;

/// <summary>Upload, download and delete the agreement documents of a partnership; they are listed on its details page.</summary>
// The largest file we keep plus room for the rest of the form: anything bigger is refused before it is read.
[RefuseOversizedUpload(UploadRequestLimitBytes, "DomainError.Document.TooLarge", (int)(AgreementDocument.MaxSizeBytes / 1024 / 1024),
    "/Partnerships/Details", idRouteValue: "partnershipId", fragment: "#documents")]
[RequestSizeLimit(UploadRequestLimitBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadRequestLimitBytes)]
public sealed class IndexModel(AppDbContext db, PartnershipChanges changes, TimeProvider clock, IStringLocalizer<SharedResource> localizer)
    : PageModel
{
    private const long UploadRequestLimitBytes = 12 * 1024 * 1024;

    public IActionResult OnGet(int partnershipId) => RedirectToDetails(partnershipId);

    public async Task<IActionResult> OnGetDownloadAsync(int partnershipId, int documentId, CancellationToken cancellationToken)
    {
        var readable = await db.Partnerships.AsNoTracking()
            .Where(p => p.Id == partnershipId)
            .Where(Viewer.From(User).Readable())
            .AnyAsync(cancellationToken);
        if (!readable)
        {
            await changes.RecordIfHiddenAsync(partnershipId, cancellationToken);
            return NotFound();
        }

        var document = await db.AgreementDocuments.AsNoTracking()
            .Where(d => d.Id == documentId && d.PartnershipId == partnershipId)
            .Select(d => new { d.FileName, d.ContentType, d.Content })
            .SingleOrDefaultAsync(cancellationToken);
        if (document is null)
        {
            return NotFound();
        }

        // Internal agreements must not linger in shared caches; the name makes the browser save rather than show it.
        Response.Headers.CacheControl = "private, no-store";
        return File(document.Content, document.ContentType, document.FileName);
    }

    public async Task<IActionResult> OnPostUploadAsync(int partnershipId, IFormFile? file, CancellationToken cancellationToken)
    {
        var viewer = Viewer.From(User);
        if (this.Refusal((await changes.PartnershipAsync(viewer, partnershipId, cancellationToken)).Outcome) is { } refusal)
        {
            return refusal;
        }

        if (file is null)
        {
            return Refused(partnershipId, localizer["Documents.NoFile"]);
        }

        if (file.Length > AgreementDocument.MaxSizeBytes)
        {
            return Refused(partnershipId, localizer["DomainError.Document.TooLarge"]);
        }

        AgreementDocument document;
        try
        {
            var content = await ReadAtMostAsync(file, AgreementDocument.MaxSizeBytes + 1, cancellationToken);
            document = new AgreementDocument(partnershipId, file.FileName, content, clock.GetUtcNow().UtcDateTime, User.GetDisplayName());
            if (!FileSignatures.Matches(document.FileName, content))
            {
                return Refused(partnershipId, localizer["Documents.ContentMismatch", Path.GetExtension(document.FileName)]);
            }
        }
        catch (DomainException error)
        {
            return Refused(partnershipId, DomainErrors.Message(error, localizer));
        }

        var result = await changes.AddAsync(viewer, partnershipId, _ => Task.FromResult(document), cancellationToken);
        if (this.Refusal(result.Outcome) is { } refused)
        {
            return refused;
        }

        if (result.IsDone)
        {
            this.ShowSuccess(localizer["Documents.Uploaded", document.FileName]);
        }
        else
        {
            this.ShowOutcome(result, localizer, "Documents.Uploaded");
        }

        return RedirectToDetails(partnershipId);
    }

    public async Task<IActionResult> OnPostDeleteAsync(int partnershipId, int documentId, CancellationToken cancellationToken)
    {
        // Loaded whole so that the history records what was removed.
        string? fileName = null;
        var result = await changes.DeleteRecordAsync<AgreementDocument>(Viewer.From(User), partnershipId, documentId, cancellationToken,
            deleting: document => fileName = document.FileName);
        if (this.Refusal(result.Outcome) is { } refusal)
        {
            return refusal;
        }

        // Deleting what someone else deleted a moment earlier (or a double click) is what the user wanted.
        this.ShowSuccess(result.IsDone ? localizer["Documents.Deleted", fileName ?? string.Empty] : localizer["Documents.AlreadyDeleted"]);
        return RedirectToDetails(partnershipId);
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

    private RedirectResult Refused(int partnershipId, string message)
    {
        this.ShowError(message);
        return RedirectToDetails(partnershipId);
    }

    private RedirectResult RedirectToDetails(int partnershipId) =>
        Redirect(Url.Page(PagePaths.PartnershipDetails, new { id = partnershipId }) + "#" + PagePaths.DetailsSection.Documents);
}
