using System.Text.Json;
using CityPartnerships.Web.Data.Auditing;
using CityPartnerships.Web.Search;

namespace CityPartnerships.Web.Pages.Admin.Privacy;

/// <summary>
/// Requests of data subjects: find every contact record of a person by e-mail address, hand over a copy
/// (GDPR Art. 15) or erase them (Art. 17). Erasure deletes the records and their history entries, so no copy of the
/// person's data remains (the history never held their values in the first place).
/// </summary>
public sealed class IndexModel(AppDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> localizer, ILogger<IndexModel> logger)
    : PageModel
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    [BindProperty(SupportsGet = true)]
    public string? Email { get; set; }

    public IReadOnlyList<PersonRecord> Records { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Records = await FindAsync(cancellationToken);

    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        var records = await FindAsync(cancellationToken);
        if (records.Count == 0)
        {
            return RedirectToPage(new { Email });
        }

        var export = new
        {
            exportedAt = clock.GetUtcNow().UtcDateTime,
            purpose = "Focal persons of international city partnerships (CityPartnerships)",
            records,
        };
        logger.LogInformation("Exported {Count} contact records for a data subject request", records.Count);
        return File(JsonSerializer.SerializeToUtf8Bytes(export, _json), "application/json", "personal-data.json");
    }

    public async Task<IActionResult> OnPostEraseAsync(CancellationToken cancellationToken)
    {
        var email = Pattern(Email);
        if (email is null)
        {
            return RedirectToPage();
        }

        var contacts = await db.Contacts.Where(c => c.Email != null && EF.Functions.ILike(c.Email, email)).ToListAsync(cancellationToken);
        var ids = contacts.Select(c => c.Id).ToList();
        var keys = ids.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        db.Contacts.RemoveRange(contacts);
        await db.SaveChangesAsync(cancellationToken);
        // Also the entries of the erasure itself: they name fields only, but nothing should point to the person.
        await db.AuditEntries.Where(a => a.EntityType == AuditedTypes.Contact && keys.Contains(a.EntityId)).ExecuteDeleteAsync(cancellationToken);
        logger.LogInformation("Erased {Count} contact records for a data subject request", ids.Count);
        this.ShowSuccess(localizer.Count("Privacy.Erased", ids.Count));
        return RedirectToPage();
    }

    private async Task<IReadOnlyList<PersonRecord>> FindAsync(CancellationToken cancellationToken)
    {
        var email = Pattern(Email);
        if (email is null)
        {
            return [];
        }

        return await db.Contacts.AsNoTracking()
            .Where(c => c.Email != null && EF.Functions.ILike(c.Email, email))
            .Join(db.Partnerships.IgnoreQueryFilters(), c => c.PartnershipId, p => p.Id, (c, p) => new { c, p })
            .OrderBy(x => x.c.Id)
            .Select(x => new PersonRecord(
                x.c.Id, x.c.Name, x.c.Organisation, x.c.Role, x.c.Email, x.c.Phone, x.c.Language, x.c.ConsentRecordedOn,
                x.p.City!.Name + " – " + x.p.PartnerCity!.Name,
                db.Cities.Where(city => city.Id == x.c.CityId).Select(city => city.Name).First()))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The address as a case-insensitive exact match (ILIKE without wildcards).</summary>
    private static string? Pattern(string? email) =>
        string.IsNullOrWhiteSpace(email) ? null : SearchText.EscapeLike(email, Domain.Common.EmailAddress.MaxLength);

    public sealed record PersonRecord(int Id, string Name, string? Organisation, string? Role, string? Email, string? Phone,
        string? Language, DateOnly? ConsentRecordedOn, string Partnership, string City);
}
