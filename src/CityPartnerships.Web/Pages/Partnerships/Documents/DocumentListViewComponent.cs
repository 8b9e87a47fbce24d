using System.Globalization;
using CityPartnerships.Domain.Partnerships;

namespace CityPartnerships.Web.Pages.Partnerships.Documents;

/// <summary>The agreement and other files of a partnership, on its details page. The caller has checked read access.</summary>
public sealed class DocumentListViewComponent(AppDbContext db) : ViewComponent
{
    private const string ViewPath = "~/Pages/Partnerships/Documents/DocumentListViewComponent.cshtml";

    public async Task<IViewComponentResult> InvokeAsync(int partnershipId, bool canChange)
    {
        // Metadata only: the file contents stay in the database until someone downloads one.
        var documents = await db.AgreementDocuments.AsNoTracking()
            .Where(d => d.PartnershipId == partnershipId)
            .OrderByDescending(d => d.UploadedAt).ThenByDescending(d => d.Id)
            .Select(d => new DocumentView(d.Id, d.FileName, d.SizeBytes, d.UploadedAt, d.UploadedBy))
            .ToListAsync(HttpContext.RequestAborted);
        return View(ViewPath, new DocumentListView(partnershipId, canChange, documents));
    }
}

public sealed record DocumentListView(int PartnershipId, bool CanChange, IReadOnlyList<DocumentView> Documents)
{
    /// <summary>For the file input's accept attribute: ".pdf,.doc,…".</summary>
    public static string AcceptedExtensions => string.Join(',', AgreementDocument.AllowedTypes.Keys);

    public static string ExtensionList => string.Join(", ", AgreementDocument.AllowedTypes.Keys);

    public static long MaxSizeMegabytes => AgreementDocument.MaxSizeBytes / 1024 / 1024;
}

public sealed record DocumentView(int Id, string FileName, long SizeBytes, DateTime UploadedAt, string UploadedBy)
{
    /// <summary>"240 KB" or "2.4 MB" ("2,4 MB" in German).</summary>
    public string Size => SizeBytes < 1024 * 1024
        ? string.Format(CultureInfo.CurrentCulture, "{0:N0} KB", Math.Max(1, (SizeBytes + 1023) / 1024))
        : string.Format(CultureInfo.CurrentCulture, "{0:N1} MB", SizeBytes / 1024d / 1024d);
}
