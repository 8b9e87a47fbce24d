using System.Text.Encodings.Web;
using CityPartnerships.Domain.BestPractices;
using CityPartnerships.Web.Data.Configurations;
using CityPartnerships.Web.Paging;
using NpgsqlTypes;

namespace CityPartnerships.Web.Features.BestPractices;

/// <summary>
/// Reads of the best-practice library: the public search, a practice's page, a city's practices, the review queue,
/// the practices of an action area and the notices on the start page. Each applies the reading rule itself:
/// published practices are public, the others only their city's users and admins see.
/// </summary>
public sealed class BestPracticeQueries(AppDbContext db)
{
    // Marks around the words ts_headline found; control characters nobody types, turned into <mark> after encoding.
    private const char MatchStart = '\u0002';
    private const char MatchEnd = '\u0003';

    /// <summary>
    /// The public library: published practices only, full-text search in German and English (each version stemmed by
    /// its own language, the words typed by both), ranked by ts_rank over weighted fields, with highlighted snippets.
    /// </summary>
    public async Task<PagedResult<BestPracticeListItemView>> SearchAsync(BestPracticeSearch search, string language, CancellationToken cancellationToken)
    {
        var practices = db.BestPractices.AsNoTracking().Where(p => p.Status == BestPracticeStatus.Published);
        if (search.AreaId is { } areaId)
        {
            practices = practices.Where(p => p.ActionAreas.Any(a => a.Id == areaId));
        }

        if (search.Sdg is { } sdg)
        {
            practices = practices.Where(p => p.Sdgs.Contains(sdg));
        }

        if (search.CountryCode is { } country)
        {
            practices = practices.Where(p => db.Cities.Any(c => c.Id == p.CityId && c.CountryCode == country));
        }

        if (search.Size is { } size)
        {
            var (min, max) = BestPracticeSearch.Population(size);
            practices = practices.Where(p => db.Cities.Any(c => c.Id == p.CityId && c.Population >= min && c.Population <= max));
        }

        var words = search.Words;
        if (words is not null)
        {
            // Both languages' reading of the words, ORed: a version matches when the words match in its own language.
            practices = practices.Where(p => p.Texts.Any(t => EF.Property<NpgsqlTsVector>(t, BestPracticeTextConfiguration.SearchVector)
                .Matches(EF.Functions.WebSearchToTsQuery("german", words).Or(EF.Functions.WebSearchToTsQuery("english", words)))));
        }

        var ranked = words is null
            ? practices.Select(p => new { Practice = p, Rank = 0f, City = db.Cities.First(c => c.Id == p.CityId) })
            : practices.Select(p => new
            {
                Practice = p,
                Rank = p.Texts.Max(t => EF.Property<NpgsqlTsVector>(t, BestPracticeTextConfiguration.SearchVector)
                    .Rank(EF.Functions.WebSearchToTsQuery("german", words).Or(EF.Functions.WebSearchToTsQuery("english", words)))),
                City = db.Cities.First(c => c.Id == p.CityId),
            });
        var ordered = search.EffectiveSort switch
        {
            BestPracticeSort.Relevance => ranked.OrderByDescending(r => r.Rank).ThenByDescending(r => r.Practice.PublishedAt).ThenBy(r => r.Practice.Id),
            BestPracticeSort.Title => ranked.OrderBy(r => r.Practice.Texts.OrderBy(t => t.Language == language ? 0 : 1).Select(t => t.Title).First()).ThenBy(r => r.Practice.Id),
            BestPracticeSort.City => ranked.OrderBy(r => r.City.Name).ThenByDescending(r => r.Practice.PublishedAt).ThenBy(r => r.Practice.Id),
            _ => ranked.OrderByDescending(r => r.Practice.PublishedAt).ThenBy(r => r.Practice.Id),
        };
        var german = language == ContentLanguage.German;
        var page = await ordered.Select(r => new Row(
                r.Practice.Id,
                r.Practice.Texts.OrderBy(t => t.Language == language ? 0 : 1).Select(t => new TextRow(t.Language, t.Title, t.Summary)).First(),
                r.City.Name,
                r.City.CountryCode,
                r.Practice.ActionAreas.OrderBy(a => a.Id).Select(a => german && a.GermanName != null ? a.GermanName : a.Name).ToList(),
                r.Practice.Sdgs,
                r.Practice.PublishedAt,
                r.Practice.Adoptions.Count))
            .ToPagedResultAsync(practices, search.Page, cancellationToken, BestPracticeSearch.PageSize);

        var snippets = words is null ? [] : await SnippetsAsync([.. page.Items.Select(i => i.Id)], words, cancellationToken);
        return new PagedResult<BestPracticeListItemView>(
            [.. page.Items.Select(i => new BestPracticeListItemView(i.Id, i.Text.Title, i.Text.Language, i.Text.Language != language,
                snippets.GetValueOrDefault((i.Id, i.Text.Language)) ?? Encoded(i.Text.Summary, 300),
                i.CityName, i.CountryCode, i.Areas, i.Sdgs, i.PublishedAt, i.Adoptions))],
            page.Page, page.PageSize, page.TotalCount, page.IsCountCapped);
    }

    /// <summary>A practice with everything its page shows, or null when it does not exist or the viewer may not read it.</summary>
    public async Task<BestPracticeDetailsView?> DetailsAsync(Viewer viewer, int id, string language, CancellationToken cancellationToken)
    {
        var practice = await db.BestPractices.AsNoTracking()
            .Include(p => p.Texts).Include(p => p.ActionAreas).Include(p => p.Reviews)
            .AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (practice is null || !viewer.CanReadPractice(practice.CityId, practice.Status == BestPracticeStatus.Published))
        {
            return null;
        }

        var city = await db.Cities.AsNoTracking().Where(c => c.Id == practice.CityId)
            .Select(c => new { c.Name, c.CountryCode }).SingleAsync(cancellationToken);
        var pictures = await db.Set<BestPracticePicture>().AsNoTracking().Where(p => p.BestPracticeId == id).OrderBy(p => p.Id)
            .Select(p => new PictureView(p.Id, p.AltText)).ToListAsync(cancellationToken);
        var adoptions = await (from a in db.BestPracticeAdoptions.AsNoTracking()
                               where a.BestPracticeId == id
                               join c in db.Cities on a.CityId equals c.Id
                               join pr in db.Projects on a.ProjectId equals pr.Id
                               orderby a.AdoptedAt
                               select new AdoptionView(a.Id, a.CityId, c.Name, c.CountryCode, pr.PartnershipId, pr.Id, pr.Title, pr.Status.ToString(),
                                   a.AdoptedAt, a.Outcome))
            .ToListAsync(cancellationToken);
        var text = practice.TextIn(language);
        var showInternals = viewer.IsAdmin || viewer.CityId == practice.CityId;
        return new BestPracticeDetailsView(
            practice.Id, practice.CityId, city.Name, city.CountryCode, practice.Status, practice.Version, practice.SubmittedAt, practice.PublishedAt,
            TextView.Of(text), text.Language != language, [.. practice.Texts.Select(t => t.Language).Order(StringComparer.Ordinal)],
            [.. practice.ActionAreas.OrderBy(a => a.Id).Select(a => new AreaView(a.Id, a.NameIn(language)))],
            practice.Sdgs, practice.ContactName, practice.ContactEmail, practice.Links, pictures, adoptions,
            showInternals ? [.. practice.Reviews.OrderByDescending(r => r.ReviewedAt).Select(ReviewView.Of)] : [],
            viewer.CanEditPractice(practice.CityId) && practice.IsEditable,
            viewer.CanCurate && practice.Status == BestPracticeStatus.Submitted,
            viewer.CanWritePractices && viewer.CityId != practice.CityId && practice.Status == BestPracticeStatus.Published
                && adoptions.All(a => a.CityId != viewer.CityId));
    }

    /// <summary>A picture of a practice the viewer may read.</summary>
    public async Task<(string ContentType, byte[] Content)?> PictureAsync(Viewer viewer, int practiceId, int pictureId, CancellationToken cancellationToken)
    {
        var practice = await db.BestPractices.AsNoTracking().Where(p => p.Id == practiceId)
            .Select(p => new { p.CityId, p.Status }).SingleOrDefaultAsync(cancellationToken);
        if (practice is null || !viewer.CanReadPractice(practice.CityId, practice.Status == BestPracticeStatus.Published))
        {
            return null;
        }

        var picture = await db.Set<BestPracticePicture>().AsNoTracking()
            .Where(p => p.Id == pictureId && p.BestPracticeId == practiceId)
            .Select(p => new { p.ContentType, p.Content }).SingleOrDefaultAsync(cancellationToken);
        return picture is null ? null : (picture.ContentType, picture.Content);
    }

    /// <summary>A city's practices in every status, for its own users and admins; newest change first.</summary>
    public async Task<IReadOnlyList<PracticeSummaryView>> OfCityAsync(Viewer viewer, int cityId, string language, CancellationToken cancellationToken)
    {
        if (!viewer.IsAdmin && viewer.CityId != cityId)
        {
            return [];
        }

        return await Summaries(db.BestPractices.Where(p => p.CityId == cityId)
                .OrderBy(p => p.Status == BestPracticeStatus.Published).ThenByDescending(p => p.Id), language)
            .ToListAsync(cancellationToken);
    }

    /// <summary>A city's published practices, the newest first: what the public directory shows of it.</summary>
    public async Task<IReadOnlyList<PracticeSummaryView>> PublishedOfCityAsync(int cityId, string language, CancellationToken cancellationToken) =>
        await Summaries(db.BestPractices.Where(p => p.CityId == cityId && p.Status == BestPracticeStatus.Published)
                .OrderByDescending(p => p.PublishedAt).ThenBy(p => p.Id), language)
            .ToListAsync(cancellationToken);

    /// <summary>Submitted practices waiting for review, the longest waiting first (admins only).</summary>
    public async Task<IReadOnlyList<PracticeSummaryView>> ReviewQueueAsync(Viewer viewer, string language, CancellationToken cancellationToken) =>
        !viewer.CanCurate ? [] : await Summaries(db.BestPractices.Where(p => p.Status == BestPracticeStatus.Submitted)
                .OrderBy(p => p.SubmittedAt).ThenBy(p => p.Id), language)
            .ToListAsync(cancellationToken);

    /// <summary>Published practices tagged with an action area, the newest first; for its page and the admins' choice of featured ones.</summary>
    public async Task<IReadOnlyList<PracticeSummaryView>> PublishedInAreaAsync(int areaId, string language, CancellationToken cancellationToken) =>
        await Summaries(db.BestPractices.Where(p => p.Status == BestPracticeStatus.Published && p.ActionAreas.Any(a => a.Id == areaId))
                .OrderByDescending(p => p.PublishedAt).ThenBy(p => p.Id), language)
            .ToListAsync(cancellationToken);

    /// <summary>Published practices of several cities in one action area, by city: the climate-twin finder's links.</summary>
    public async Task<ILookup<int, PracticeSummaryView>> PublishedOfCitiesInAreaAsync(IReadOnlyCollection<int> cityIds, int areaId, string language,
        CancellationToken cancellationToken)
    {
        var practices = db.BestPractices.Where(p => cityIds.Contains(p.CityId) && p.Status == BestPracticeStatus.Published && p.ActionAreas.Any(a => a.Id == areaId));
        var cityOf = await practices.AsNoTracking().Select(p => new { p.Id, p.CityId }).ToDictionaryAsync(p => p.Id, p => p.CityId, cancellationToken);
        var summaries = await Summaries(practices.OrderByDescending(p => p.PublishedAt).ThenBy(p => p.Id), language).ToListAsync(cancellationToken);
        return summaries.ToLookup(s => cityOf[s.Id]);
    }

    /// <summary>
    /// What the start page tells the viewer about practices until the portal sends e-mail: for staff, their city's
    /// practices published or returned with comments in the last <paramref name="days"/> days; for admins, the queue.
    /// </summary>
    public async Task<IReadOnlyList<PracticeNoticeView>> NoticesAsync(Viewer viewer, string language, DateTime nowUtc, CancellationToken cancellationToken, int days = 30)
    {
        if (viewer.CanCurate)
        {
            return [.. (await ReviewQueueAsync(viewer, language, cancellationToken)).Select(p => new PracticeNoticeView(p.Id, p.Title, PracticeNotice.Submitted, p.SubmittedAt))];
        }

        if (viewer.CityId is not { } cityId)
        {
            return [];
        }

        var since = nowUtc.AddDays(-days);
        var latest = await db.BestPractices.AsNoTracking()
            .Where(p => p.CityId == cityId && (p.Status == BestPracticeStatus.Published || p.Status == BestPracticeStatus.ChangesRequested))
            .Select(p => new
            {
                p.Id,
                p.Status,
                Title = p.Texts.OrderBy(t => t.Language == language ? 0 : 1).Select(t => t.Title).First(),
                Review = p.Reviews.OrderByDescending(r => r.ReviewedAt).Select(r => new { r.Decision, r.ReviewedAt }).FirstOrDefault(),
            })
            .Where(p => p.Review != null && p.Review.ReviewedAt >= since)
            .ToListAsync(cancellationToken);
        // The latest review still stands: published and still published, or changes asked for and not yet resubmitted.
        return [.. latest
            .Where(p => (p.Review!.Decision == ReviewDecision.Published && p.Status == BestPracticeStatus.Published)
                || (p.Review.Decision == ReviewDecision.ChangesRequested && p.Status == BestPracticeStatus.ChangesRequested))
            .OrderByDescending(p => p.Review!.ReviewedAt)
            .Select(p => new PracticeNoticeView(p.Id, p.Title,
                p.Review!.Decision == ReviewDecision.Published ? PracticeNotice.Published : PracticeNotice.ChangesRequested, p.Review.ReviewedAt))];
    }

    /// <summary>The practices, in the order given, as summaries in <paramref name="language"/> (or the other one).</summary>
    private IQueryable<PracticeSummaryView> Summaries(IQueryable<BestPractice> practices, string language) =>
        practices.AsNoTracking().Select(p => new PracticeSummaryView(
            p.Id,
            p.Texts.OrderBy(t => t.Language == language ? 0 : 1).Select(t => t.Title).First(),
            p.Texts.OrderBy(t => t.Language == language ? 0 : 1).Select(t => t.Summary).First(),
            db.Cities.Where(c => c.Id == p.CityId).Select(c => c.Name).First(),
            p.Status, p.SubmittedAt, p.PublishedAt, p.Adoptions.Count));

    private async Task<Dictionary<(int, string), string>> SnippetsAsync(int[] ids, string words, CancellationToken cancellationToken)
    {
        if (ids.Length == 0)
        {
            return [];
        }

        var options = $"StartSel={MatchStart}, StopSel={MatchEnd}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \"";
        var rows = await db.Database.SqlQuery<SnippetRow>($"""
            SELECT t."BestPracticeId", t."Language",
                   ts_headline(CASE WHEN t."Language" = 'de' THEN 'german'::regconfig ELSE 'english'::regconfig END,
                               t."Summary" || ' ' || coalesce(t."Challenge", '') || ' ' || coalesce(t."Approach", '') || ' ' || coalesce(t."Results", ''),
                               websearch_to_tsquery('german', {words}) || websearch_to_tsquery('english', {words}),
                               {options}) AS "Headline"
            FROM "BestPracticeTexts" t
            WHERE t."BestPracticeId" = ANY({ids})
            """).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => (r.BestPracticeId, r.Language.Trim()), r => Highlighted(r.Headline));
    }

    /// <summary>The headline HTML-encoded, with only the match marks turned into &lt;mark&gt;.</summary>
    private static string Highlighted(string headline)
    {
        var html = new System.Text.StringBuilder();
        foreach (var (part, index) in headline.Split(MatchStart).Select((p, i) => (p, i)))
        {
            var end = index == 0 ? -1 : part.IndexOf(MatchEnd, StringComparison.Ordinal);
            if (end < 0)
            {
                html.Append(HtmlEncoder.Default.Encode(part.Replace(MatchEnd.ToString(), string.Empty, StringComparison.Ordinal)));
                continue;
            }

            html.Append("<mark>").Append(HtmlEncoder.Default.Encode(part[..end])).Append("</mark>")
                .Append(HtmlEncoder.Default.Encode(part[(end + 1)..].Replace(MatchEnd.ToString(), string.Empty, StringComparison.Ordinal)));
        }

        return html.ToString();
    }

    private static string Encoded(string text, int maxLength) =>
        HtmlEncoder.Default.Encode(text.Length > maxLength ? string.Concat(text.AsSpan(0, maxLength).TrimEnd(), "…") : text);

    private sealed record Row(int Id, TextRow Text, string CityName, string CountryCode, List<string> Areas, int[] Sdgs, DateTime? PublishedAt, int Adoptions);

    private sealed record TextRow(string Language, string Title, string Summary);

    private sealed record SnippetRow(int BestPracticeId, string Language, string Headline);
}

/// <summary>A practice in the library's list. <see cref="SnippetHtml"/> is encoded already, with the matches marked.</summary>
public sealed record BestPracticeListItemView(int Id, string Title, string Language, bool IsOtherLanguage, string SnippetHtml,
    string CityName, string CountryCode, IReadOnlyList<string> Areas, IReadOnlyList<int> Sdgs, DateTime? PublishedAt, int Adoptions);

public sealed record PracticeSummaryView(int Id, string Title, string Summary, string CityName, BestPracticeStatus Status,
    DateTime? SubmittedAt, DateTime? PublishedAt, int Adoptions);

public enum PracticeNotice
{
    Submitted,
    Published,
    ChangesRequested,
}

public sealed record PracticeNoticeView(int Id, string Title, PracticeNotice Notice, DateTime? At);

public sealed record AreaView(int Id, string Name);

public sealed record PictureView(int Id, string AltText);

public sealed record AdoptionView(int Id, int CityId, string CityName, string CountryCode, int PartnershipId, int ProjectId, string ProjectTitle,
    string ProjectStatus, DateTime AdoptedAt, string? Outcome);

public sealed record TextView(string Language, string Title, string Summary, string? Challenge, string? Approach, string? Results, string? Costs,
    string? Transferability, string? Partners)
{
    public static TextView Of(BestPracticeText t) =>
        new(t.Language, t.Title, t.Summary, t.Challenge, t.Approach, t.Results, t.Costs, t.Transferability, t.Partners);
}

public sealed record ReviewView(ReviewDecision Decision, bool Relevance, bool Evidence, bool Transferability, bool Completeness, string? Comment,
    string Reviewer, DateTime ReviewedAt)
{
    public static ReviewView Of(BestPracticeReview r) =>
        new(r.Decision, r.MeetsRelevance, r.MeetsEvidence, r.MeetsTransferability, r.MeetsCompleteness, r.Comment, r.Reviewer, r.ReviewedAt);
}

public sealed record BestPracticeDetailsView(int Id, int CityId, string CityName, string CountryCode, BestPracticeStatus Status, uint Version,
    DateTime? SubmittedAt, DateTime? PublishedAt, TextView Text, bool IsOtherLanguage, IReadOnlyList<string> Languages,
    IReadOnlyList<AreaView> Areas, IReadOnlyList<int> Sdgs, string? ContactName, string? ContactEmail, IReadOnlyList<string> Links,
    IReadOnlyList<PictureView> Pictures, IReadOnlyList<AdoptionView> Adoptions, IReadOnlyList<ReviewView> Reviews,
    bool CanEdit, bool CanReview, bool CanAdopt);
