using System.Text.Encodings.Web;
using CityPartnerships.Domain.BestPractices;
using CityPartnerships.Web.Paging;

namespace CityPartnerships.Web.Features.BestPractices;

/// <summary>
/// Reads of the best-practice library: the public search, a practice's page, a city's practices, the review queue,
/// the practices of an action area and the notices on the start page. Each applies the reading rule itself:
/// published practices are public, the others only their city's users and admins see.
/// </summary>
public sealed class BestPracticeQueries(AppDbContext db, SharedReadCache cache)
{
    // Marks around the words ts_headline found; control characters nobody types, turned into <mark> after encoding.
    private const char MatchStart = '\u0002';
    private const char MatchEnd = '\u0003';
    private const string MarkTag = "<mark>";

    // Characters of the summary shown in the list when no words were typed.
    private const int SummaryLength = 300;

    /// <summary>
    /// The public library: published practices only, full-text search in German and English (each version stemmed by
    /// its own language, the words typed by both), ranked by ts_rank over weighted fields, with highlighted snippets.
    /// </summary>
    /// <remarks>
    /// The library is the same for every reader, so a page of results is kept in the shared read cache until the next
    /// saved change (or 60 s): the next reader of a popular search, and a reader going back to it, get it without
    /// ranking the library again. A search nobody made in the last minute costs the full ranking (docs/benchmarks.md
    /// measures both).
    /// </remarks>
    public Task<PagedResult<BestPracticeListItemView>> SearchAsync(BestPracticeSearch search, string language, CancellationToken cancellationToken) =>
        cache.GetOrReadAsync($"library:search:{language}:{search with { Text = search.Words }}", token => ReadSearchAsync(search, language, token),
            cancellationToken);

    private async Task<PagedResult<BestPracticeListItemView>> ReadSearchAsync(BestPracticeSearch search, string language, CancellationToken cancellationToken)
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

        if (search.CityId is { } cityId)
        {
            practices = practices.Where(p => p.CityId == cityId);
        }

        if (search.Size is { } size)
        {
            var (min, max) = BestPracticeSearch.Population(size);
            practices = practices.Where(p => db.Cities.Any(c => c.Id == p.CityId && c.Population >= min && c.Population <= max));
        }

        var words = search.Words;
        var stemmed = words is null ? null : await StemmedAsync(words, cancellationToken);
        var ranked = stemmed is null
            ? practices.Select(p => new RankedPractice { Practice = p, Rank = 0f })
            : practices.Join(MatchesOf(stemmed), p => p.Id, m => m.PracticeId, (p, m) => new RankedPractice { Practice = p, Rank = m.Rank });
        var ordered = search.EffectiveSort switch
        {
            BestPracticeSort.Relevance => ranked.OrderByDescending(r => r.Rank).ThenByDescending(r => r.Practice.PublishedAt).ThenBy(r => r.Practice.Id),
            BestPracticeSort.Title => ranked.OrderBy(r => r.Practice.Texts.OrderBy(t => t.Language == language ? 0 : 1)
                .Select(t => EF.Functions.Collate(t.Title, Data.Configurations.Collations.Names)).First()).ThenBy(r => r.Practice.Id),
            BestPracticeSort.City => ranked.OrderBy(r => db.Cities.Where(c => c.Id == r.Practice.CityId).Select(c => c.Name).First())
                .ThenByDescending(r => r.Practice.PublishedAt).ThenBy(r => r.Practice.Id),
            _ => ranked.OrderByDescending(r => r.Practice.PublishedAt).ThenBy(r => r.Practice.Id),
        };
        // The page's ids first, then what the list shows of those twenty: joins over whole tables stay out of the ranking.
        var page = words is null
            ? await ordered.Select(r => r.Practice.Id).ToPagedResultAsync(practices, search.Page, cancellationToken, BestPracticeSearch.PageSize)
            : await ThroughTheIndexAsync(() => RankedPageAsync(ordered.Select(r => r.Practice.Id), search.Page, cancellationToken), cancellationToken);
        var ids = page.Items.ToArray();
        var german = language == ContentLanguage.German;
        var rows = await (from p in db.BestPractices.AsNoTracking()
                          where ids.Contains(p.Id)
                          join c in db.Cities on p.CityId equals c.Id
                          select new
                          {
                              p.Id,
                              CityName = c.Name,
                              c.CountryCode,
                              Areas = p.ActionAreas.OrderBy(a => a.Id).Select(a => german && a.GermanName != null ? a.GermanName : a.Name).ToList(),
                              p.Sdgs,
                              p.PublishedAt,
                              Adoptions = p.Adoptions.Count,
                          })
            .ToDictionaryAsync(r => r.Id, cancellationToken);
        // The Markdown only where the plain text is missing (a version written by SQL since the start).
        var texts = (await db.Set<BestPracticeText>().AsNoTracking().Where(t => ids.Contains(t.BestPracticeId))
                .Select(t => new
                {
                    t.BestPracticeId,
                    t.Language,
                    t.Title,
                    Plain = EF.Property<string?>(t, PracticePlainText.Column),
                    Summary = EF.Property<string?>(t, PracticePlainText.Column) == null ? t.Summary : null,
                    Challenge = EF.Property<string?>(t, PracticePlainText.Column) == null ? t.Challenge : null,
                    Approach = EF.Property<string?>(t, PracticePlainText.Column) == null ? t.Approach : null,
                    Results = EF.Property<string?>(t, PracticePlainText.Column) == null ? t.Results : null,
                })
                .ToListAsync(cancellationToken))
            .Select(t => new ShownText(t.BestPracticeId, t.Language, t.Title, t.Plain ?? PracticePlainText.Of(t.Summary ?? string.Empty, t.Challenge, t.Approach, t.Results)))
            .GroupBy(t => t.PracticeId)
            .ToDictionary(g => g.Key, g => g.OrderBy(t => t.Language.Trim() == language ? 0 : 1).First());

        var snippets = words is null || stemmed is null ? [] : await SnippetsAsync([.. texts.Values], words, LibraryQuery.AsPrefixes(stemmed), cancellationToken);
        var matchedInOtherVersion = stemmed is null ? [] : await MatchedOnlyInOtherVersionAsync(
            [.. texts.Values.Where(t => t.Language.Trim() == language && !snippets.GetValueOrDefault(t.PracticeId, string.Empty).Contains(MarkTag, StringComparison.Ordinal))
                .Select(t => t.PracticeId)],
            language, stemmed, cancellationToken);
        return new PagedResult<BestPracticeListItemView>(
            [.. ids.Where(id => rows.ContainsKey(id) && texts.ContainsKey(id)).Select(id => (Row: rows[id], Text: texts[id])).Select(i => new BestPracticeListItemView(i.Row.Id, i.Text.Title,
                i.Text.Language.Trim(), i.Text.Language.Trim() != language,
                snippets.GetValueOrDefault(i.Row.Id) ?? Encoded(PracticePlainText.SummaryOf(i.Text.PlainText), SummaryLength),
                i.Row.CityName, i.Row.CountryCode, i.Row.Areas, i.Row.Sdgs, i.Row.PublishedAt, i.Row.Adoptions,
                matchedInOtherVersion.Contains(i.Row.Id) ? ContentLanguage.Other(language) : null))],
            page.Page, page.PageSize, page.TotalCount, page.IsCountCapped);
    }

    /// <summary>
    /// A page of a word search and its capped count from one statement. Ranking must score every match before it can
    /// take a page, so the ids up to the count's cap come with it at little extra cost; a separate count would search
    /// the versions a second time (docs/benchmarks.md).
    /// </summary>
    private static async Task<PagedResult<int>> RankedPageAsync(IQueryable<int> ordered, int page, CancellationToken cancellationToken)
    {
        const int pageSize = BestPracticeSearch.PageSize;
        var skip = (long)(Math.Max(page, 1) - 1) * pageSize;
        var limit = (int)Math.Min(skip + PagingExtensions.CountAhead, int.MaxValue - 1);
        var ids = await ordered.Take(limit + 1).ToListAsync(cancellationToken);
        var isCapped = ids.Count > limit;
        var total = isCapped ? limit : ids.Count;
        var current = isCapped ? Math.Max(page, 1) : PagingExtensions.ClampPage(page, total, pageSize);
        return new PagedResult<int>([.. ids.Skip((current - 1) * pageSize).Take(pageSize)], current, pageSize, total, isCapped);
    }

    /// <summary>
    /// Runs a word search with PostgreSQL told to find the matches through the GIN index, to join them without nested
    /// loops and to plan for the actual query. For a word that half the library contains, the planner prefers testing
    /// every version, not knowing that a test costs about a microsecond; finding the matches in the index and reading
    /// only those costs a quarter less. A nested loop would look the practices up one by one for thousands of matches
    /// that the planner, for prefixes, expects to be a handful (docs/benchmarks.md).
    /// </summary>
    private async Task<T> ThroughTheIndexAsync<T>(Func<Task<T>> search, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("SET LOCAL enable_seqscan = off; SET LOCAL enable_nestloop = off; SET LOCAL plan_cache_mode = force_custom_plan", cancellationToken);
        var result = await search();
        // A read: nothing to commit, and a commit would count as a saved change and empty the shared read cache.
        await transaction.RollbackAsync(cancellationToken);
        return result;
    }

    /// <summary>The countries of the cities with published practices, for the library's filter; kept until the next saved change.</summary>
    public async Task<IReadOnlyList<string>> PublishedCountriesAsync(CancellationToken cancellationToken) =>
        await cache.GetOrReadAsync("library:countries", async token => (IReadOnlyList<string>)await db.BestPractices.AsNoTracking()
            .Where(p => p.Status == BestPracticeStatus.Published)
            .Join(db.Cities, p => p.CityId, c => c.Id, (p, c) => c.CountryCode)
            .Distinct().ToListAsync(token), cancellationToken);

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
    /// What the start page tells the viewer about practices (the e-mails come from PracticeMails): for staff, their city's
    /// practices published or returned with comments in the last <paramref name="days"/> days; for admins, the queue.
    /// </summary>
    public async Task<IReadOnlyList<PracticeNoticeView>> NoticesAsync(Viewer viewer, string language, DateTime nowUtc, CancellationToken cancellationToken, int days = 30)
    {
        if (viewer.CanCurate)
        {
            return [.. (await ReviewQueueAsync(viewer, language, cancellationToken)).Select(p => new PracticeNoticeView(p.Id, p.Title, PracticeNotice.Submitted, p.SubmittedAt, p.TextLanguage))];
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
                TitleLanguage = p.Texts.OrderBy(t => t.Language == language ? 0 : 1).Select(t => t.Language.Trim()).First(),
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
                p.Review!.Decision == ReviewDecision.Published ? PracticeNotice.Published : PracticeNotice.ChangesRequested, p.Review.ReviewedAt, p.TitleLanguage))];
    }

    /// <summary>The practices, in the order given, as summaries in <paramref name="language"/> (or the other one).</summary>
    private IQueryable<PracticeSummaryView> Summaries(IQueryable<BestPractice> practices, string language) =>
        practices.AsNoTracking().Select(p => new PracticeSummaryView(
            p.Id,
            p.Texts.OrderBy(t => t.Language == language ? 0 : 1).Select(t => t.Title).First(),
            p.Texts.OrderBy(t => t.Language == language ? 0 : 1).Select(t => t.Summary).First(),
            db.Cities.Where(c => c.Id == p.CityId).Select(c => c.Name).First(),
            p.Status, p.SubmittedAt, p.PublishedAt, p.Adoptions.Count,
            p.Texts.OrderBy(t => t.Language == language ? 0 : 1).Select(t => t.Language.Trim()).First()));

    /// <summary>The words stemmed in German and English, as the text form of a tsquery (<see cref="LibraryQuery"/>).</summary>
    private async Task<string> StemmedAsync(string words, CancellationToken cancellationToken) =>
        await db.Database.SqlQueryRaw<string>(LibraryQuery.StemSql, words).SingleAsync(cancellationToken);

    /// <summary>
    /// Of the given practices, shown in the reader's language, those whose version in that language does not hold the
    /// words: they were found by their other version, and the list says so rather than show a snippet without a match.
    /// </summary>
    private async Task<HashSet<int>> MatchedOnlyInOtherVersionAsync(int[] ids, string language, string stemmed, CancellationToken cancellationToken)
    {
        if (ids.Length == 0)
        {
            return [];
        }

        var unmatched = await db.Database.SqlQuery<int>($"""
            SELECT s.id AS "Value"
            FROM unnest({ids}) AS s(id)
            WHERE NOT EXISTS (
                SELECT 1 FROM "BestPracticeTexts" AS t
                WHERE t."BestPracticeId" = s.id AND t."Language" = {language}
                  AND t."SearchVector" @@ CAST({LibraryQuery.AsPrefixes(stemmed)} AS tsquery))
            """).ToListAsync(cancellationToken);
        return [.. unmatched];
    }

    /// <summary>
    /// Practices with a version that matches the query, each with the rank of its best-matching version; ts_rank runs
    /// only on the matching versions. The query is stemmed already and is cast to a tsquery as it stands (to_tsquery
    /// would split a hyphenated stem such as 'nord-süd' again).
    /// </summary>
    /// <remarks>
    /// PostgreSQL estimates a prefix query to match a handful of versions, however many it matches. The versions are
    /// ranked in a subquery of their own (OFFSET 0 keeps it apart), so that a plan made for a handful never sorts whole
    /// search vectors before it ranks them; <see cref="ThroughTheIndexAsync"/> rules out the nested loops such a plan
    /// would choose. The search runs with plan_cache_mode = force_custom_plan: the portal prepares statements it sends
    /// repeatedly (DatabaseConnection), and from the sixth run PostgreSQL would otherwise plan a prepared statement once
    /// for every query (docs/benchmarks.md).
    /// </remarks>
    private IQueryable<PracticeMatch> MatchesOf(string stemmed) =>
        db.Database.SqlQuery<PracticeMatch>($"""
            SELECT v."PracticeId", max(v."Rank") AS "Rank"
            FROM (SELECT t."BestPracticeId" AS "PracticeId", ts_rank(t."SearchVector", q.query) AS "Rank"
                  FROM "BestPracticeTexts" AS t, CAST({LibraryQuery.AsPrefixes(stemmed)} AS tsquery) AS q(query)
                  WHERE t."SearchVector" @@ q.query
                  OFFSET 0) AS v
            GROUP BY v."PracticeId"
            """);

    /// <summary>
    /// Highlighted snippets of the shown versions. They are cut from the versions' plain text (<see cref="PracticePlainText"/>),
    /// so that ts_headline neither shows nor cuts through Markdown marks, and the headline is encoded afterwards. Long texts
    /// go in as the passages around the words (<see cref="SnippetPassages"/>); where those hold no match after all, the
    /// headline is made again from the whole text.
    /// </summary>
    private async Task<Dictionary<int, string>> SnippetsAsync(IReadOnlyList<ShownText> shown, string words, string query, CancellationToken cancellationToken)
    {
        if (shown.Count == 0)
        {
            return [];
        }

        var bodies = shown.ToDictionary(t => t.PracticeId, t => t.PlainText);
        var passages = bodies.ToDictionary(b => b.Key, b => SnippetPassages.Around(b.Value, words));
        var headlines = await HeadlinesAsync(shown, passages, query, cancellationToken);
        var missed = shown.Where(t => !headlines[t.PracticeId].Contains(MatchStart, StringComparison.Ordinal)
            && passages[t.PracticeId].Length < bodies[t.PracticeId].Length).ToList();
        if (missed.Count > 0)
        {
            foreach (var (id, headline) in await HeadlinesAsync(missed, bodies, query, cancellationToken))
            {
                headlines[id] = headline;
            }
        }

        return headlines.ToDictionary(h => h.Key, h => Highlighted(Framed(h.Value, bodies[h.Key])));
    }

    /// <summary>
    /// A headline that begins or ends inside the text says so with "…", as the gap between its passages does, rather
    /// than start mid-sentence with a lower-case word.
    /// </summary>
    private static string Framed(string headline, string body)
    {
        var fragments = SafeMarkdown.SingleSpaced(headline.Replace(MatchStart.ToString(), string.Empty, StringComparison.Ordinal)
            .Replace(MatchEnd.ToString(), string.Empty, StringComparison.Ordinal)).Split(SnippetPassages.Separator.Trim());
        var text = SafeMarkdown.SingleSpaced(body);
        var start = text.StartsWith(fragments[0].Trim(), StringComparison.Ordinal) ? string.Empty : "… ";
        var end = text.EndsWith(fragments[^1].Trim(), StringComparison.Ordinal) ? string.Empty : " …";
        return start + headline.Trim() + end;
    }


    private async Task<Dictionary<int, string>> HeadlinesAsync(IReadOnlyList<ShownText> shown, Dictionary<int, string> texts, string query,
        CancellationToken cancellationToken)
    {
        var ids = shown.Select(t => t.PracticeId).ToArray();
        var languages = shown.Select(t => t.Language.Trim()).ToArray();
        var bodies = ids.Select(id => texts[id]).ToArray();
        var options = $"StartSel={MatchStart}, StopSel={MatchEnd}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=\"{SnippetPassages.Separator}\"";
        var rows = await db.Database.SqlQuery<SnippetRow>($"""
            SELECT s.id AS "BestPracticeId",
                   ts_headline(CASE WHEN s.language = 'de' THEN 'german'::regconfig ELSE 'english'::regconfig END, s.body,
                               CAST({query} AS tsquery),
                               {options}) AS "Headline"
            FROM unnest({ids}, {languages}, {bodies}) AS s(id, language, body)
            """).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.BestPracticeId, r => r.Headline);
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

            html.Append(MarkTag).Append(HtmlEncoder.Default.Encode(part[..end])).Append("</mark>")
                .Append(HtmlEncoder.Default.Encode(part[(end + 1)..].Replace(MatchEnd.ToString(), string.Empty, StringComparison.Ordinal)));
        }

        return html.ToString();
    }

    private static string Encoded(string text, int maxLength) =>
        HtmlEncoder.Default.Encode(text.Length > maxLength ? string.Concat(text.AsSpan(0, maxLength).TrimEnd(), "…") : text);

    private sealed class RankedPractice
    {
        public required BestPractice Practice { get; init; }

        public float Rank { get; init; }
    }

    private sealed class PracticeMatch
    {
        public int PracticeId { get; init; }

        public float Rank { get; init; }
    }

    private sealed record ShownText(int PracticeId, string Language, string Title, string PlainText);

    private sealed record SnippetRow(int BestPracticeId, string Headline);
}

/// <summary>
/// A practice in the library's list. <see cref="SnippetHtml"/> is encoded already, with the matches marked;
/// <see cref="MatchedOnlyIn"/> is the language of the version that holds the searched words, when it is not the one shown.
/// </summary>
public sealed record BestPracticeListItemView(int Id, string Title, string Language, bool IsOtherLanguage, string SnippetHtml,
    string CityName, string CountryCode, IReadOnlyList<string> Areas, IReadOnlyList<int> Sdgs, DateTime? PublishedAt, int Adoptions,
    string? MatchedOnlyIn = null);

/// <summary>A practice in a list; <see cref="TextLanguage"/> is the language its title and summary are written in ("de", "en").</summary>
public sealed record PracticeSummaryView(int Id, string Title, string Summary, string CityName, BestPracticeStatus Status,
    DateTime? SubmittedAt, DateTime? PublishedAt, int Adoptions, string TextLanguage);

public enum PracticeNotice
{
    Submitted,
    Published,
    ChangesRequested,
}

public sealed record PracticeNoticeView(int Id, string Title, PracticeNotice Notice, DateTime? At, string TitleLanguage);

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
