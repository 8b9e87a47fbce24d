using System.Text.Json;
using CityPartnerships.Web.Data.Auditing;
using CityPartnerships.Web.Search;

namespace CityPartnerships.Web.Pages.Admin.Privacy;

/// <summary>
/// Requests of data subjects: find every contact record of a person by e-mail address, hand over a copy
/// (GDPR Art. 15) or erase them (Art. 17). Erasure deletes the records and their history entries, so no copy of the
/// person's data remains (the history never held their values in the first place). The person may also be named as
/// the contact of an answer on the partner search board, of a best practice or of an international affairs unit:
/// there erasure blanks the name and address and keeps the rest, which belongs to the city. So it does for feedback the
/// person sent through the accessibility statement: the report of the barrier stays, without its sender.
/// </summary>
public sealed class IndexModel(AppDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> localizer, ILogger<IndexModel> logger)
    : PageModel
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    [BindProperty(SupportsGet = true)]
    public string? Email { get; set; }

    public IReadOnlyList<PersonRecord> Records { get; private set; } = [];

    public IReadOnlyList<MentionRecord> Mentions { get; private set; } = [];

    public int Total => Records.Count + Mentions.Count;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        (Records, Mentions) = (await FindAsync(cancellationToken), await FindMentionsAsync(cancellationToken));

    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        var records = await FindAsync(cancellationToken);
        var mentions = await FindMentionsAsync(cancellationToken);
        if (records.Count + mentions.Count == 0)
        {
            return RedirectToPage(new { Email });
        }

        var export = new
        {
            exportedAt = clock.GetUtcNow().UtcDateTime,
            purpose = "Focal persons of international city partnerships (CityPartnerships)",
            records,
            mentions,
        };
        logger.LogInformation("Exported {Count} contact records for a data subject request", records.Count + mentions.Count);
        return File(JsonSerializer.SerializeToUtf8Bytes(export, _json), "application/json", "personal-data.json");
    }

    public async Task<IActionResult> OnPostEraseAsync(CancellationToken cancellationToken)
    {
        var email = Pattern(Email);
        if (email is null)
        {
            return RedirectToPage();
        }

        var contacts = await db.Contacts.Where(c => c.Email != null && EF.Functions.ILike(c.Email, email, SearchText.LikeEscape)).ToListAsync(cancellationToken);
        var ids = contacts.Select(c => c.Id).ToList();
        var keys = ids.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        db.Contacts.RemoveRange(contacts);
        // The answers are changed through their post, but matched by the same rule as everything else (ILIKE), not again in memory.
        var replyIds = await db.PartnerSearches.SelectMany(s => s.Replies).Where(r => EF.Functions.ILike(r.ContactEmail, email, SearchText.LikeEscape))
            .Select(r => r.Id).ToListAsync(cancellationToken);
        var posts = await db.PartnerSearches.Include(s => s.Replies).Where(s => s.Replies.Any(r => replyIds.Contains(r.Id))).ToListAsync(cancellationToken);
        var replies = posts.SelectMany(s => s.Replies).Where(r => replyIds.Contains(r.Id)).ToList();
        replies.ForEach(r => r.EraseContact());
        var practices = await db.BestPractices.Where(b => b.ContactEmail != null && EF.Functions.ILike(b.ContactEmail, email, SearchText.LikeEscape)).ToListAsync(cancellationToken);
        practices.ForEach(b => b.EraseContact());
        var units = await db.InternationalAffairsUnits.Where(u => u.ContactEmail != null && EF.Functions.ILike(u.ContactEmail, email, SearchText.LikeEscape)).ToListAsync(cancellationToken);
        units.ForEach(u => u.EraseContactEmail());
        var feedback = await db.AccessibilityFeedback.Where(f => f.Email != null && EF.Functions.ILike(f.Email, email, SearchText.LikeEscape)).ToListAsync(cancellationToken);
        feedback.ForEach(f => f.EraseSender());
        await db.SaveChangesAsync(cancellationToken);
        // Also the entries of the erasure itself: they name fields only, but nothing should point to the person.
        await db.AuditEntries.Where(a => a.EntityType == AuditedTypes.Contact && keys.Contains(a.EntityId)).ExecuteDeleteAsync(cancellationToken);
        var erased = ids.Count + replies.Count + practices.Count + units.Count + feedback.Count;
        logger.LogInformation("Erased {Count} contact records for a data subject request", erased);
        this.ShowSuccess(localizer.Count("Privacy.Erased", erased));
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
            .Where(c => c.Email != null && EF.Functions.ILike(c.Email, email, SearchText.LikeEscape))
            .Join(db.Partnerships.IgnoreQueryFilters(), c => c.PartnershipId, p => p.Id, (c, p) => new { c, p })
            .OrderBy(x => x.c.Id)
            .Select(x => new PersonRecord(
                x.c.Id, x.c.Name, x.c.Organisation, x.c.Role, x.c.Email, x.c.Phone, x.c.Languages, x.c.LanguagesToCheck, x.c.ConsentRecordedOn,
                x.p.City!.NameIn(PortalCultures.Language) + " – " + x.p.PartnerCity!.NameIn(PortalCultures.Language),
                db.Cities.Where(city => city.Id == x.c.CityId).Select(city => city.Name).First()))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Where else the address names a contact: answers on the board, best practices, international affairs units, accessibility feedback.</summary>
    private async Task<IReadOnlyList<MentionRecord>> FindMentionsAsync(CancellationToken cancellationToken)
    {
        var email = Pattern(Email);
        if (email is null)
        {
            return [];
        }

        var replies = await db.PartnerSearches.AsNoTracking()
            .SelectMany(s => s.Replies.Where(r => EF.Functions.ILike(r.ContactEmail, email, SearchText.LikeEscape)), (s, r) => new { r.Id, r.CityId, r.ContactName, PostCityId = s.CityId })
            .ToListAsync(cancellationToken);
        var practices = await db.BestPractices.AsNoTracking()
            .Where(b => b.ContactEmail != null && EF.Functions.ILike(b.ContactEmail, email, SearchText.LikeEscape))
            .Select(b => new { b.Id, b.CityId, b.ContactName, Title = b.Texts.OrderBy(t => t.Language).Select(t => t.Title).First() })
            .ToListAsync(cancellationToken);
        var units = await db.InternationalAffairsUnits.AsNoTracking()
            .Where(u => u.ContactEmail != null && EF.Functions.ILike(u.ContactEmail, email, SearchText.LikeEscape))
            .Select(u => new { u.Id, u.CityId, u.Name })
            .ToListAsync(cancellationToken);
        var feedback = await db.AccessibilityFeedback.AsNoTracking()
            .Where(f => f.Email != null && EF.Functions.ILike(f.Email, email, SearchText.LikeEscape))
            .OrderBy(f => f.Id)
            .Select(f => new { f.Id, f.Name, f.ReceivedAt, f.Page })
            .ToListAsync(cancellationToken);
        var cityIds = replies.SelectMany(r => new[] { r.CityId, r.PostCityId }).Concat(practices.Select(p => p.CityId)).Concat(units.Select(u => u.CityId)).ToHashSet();
        var cities = await db.Cities.AsNoTracking().Where(c => cityIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.NameIn(PortalCultures.Language), cancellationToken);
        return
        [
            .. replies.Select(r => new MentionRecord(MentionKind.BoardReply, r.Id, cities[r.CityId], r.ContactName, cities[r.PostCityId])),
            .. practices.Select(p => new MentionRecord(MentionKind.PracticeContact, p.Id, cities[p.CityId], p.ContactName, p.Title)),
            .. units.Select(u => new MentionRecord(MentionKind.UnitContact, u.Id, cities[u.CityId], null, u.Name)),
            .. feedback.Select(f => new MentionRecord(MentionKind.AccessibilityFeedback, f.Id, string.Empty, f.Name,
                $"{Formats.Date(f.ReceivedAt)}{(f.Page is null ? string.Empty : $" · {f.Page}")}")),
        ];
    }

    /// <summary>The address as a case-insensitive exact match (ILIKE without wildcards).</summary>
    private static string? Pattern(string? email) =>
        string.IsNullOrWhiteSpace(email) ? null : SearchText.EscapeLike(email, Domain.Common.EmailAddress.MaxLength);

    [System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<MentionKind>))]
    public enum MentionKind
    {
        BoardReply,
        PracticeContact,
        UnitContact,
        AccessibilityFeedback,
    }

    /// <summary>A record that names the person as its contact: what it is, whose it is, and what it belongs to (the post's city, the practice, the unit).</summary>
    public sealed record MentionRecord(MentionKind Kind, int Id, string City, string? Name, string Subject);

    public sealed record PersonRecord(int Id, string Name, string? Organisation, string? Role, string? Email, string? Phone,
        string[] Languages, string? LanguagesToCheck, DateOnly? ConsentRecordedOn, string Partnership, string City);
}
