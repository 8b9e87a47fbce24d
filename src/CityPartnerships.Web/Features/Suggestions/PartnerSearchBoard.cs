using System.Linq.Expressions;
using CityPartnerships.Domain.Cities;
using CityPartnerships.Domain.Common;
using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Domain.Suggestions;
using CityPartnerships.Web.Identity;
using CityPartnerships.Web.Paging;

namespace CityPartnerships.Web.Features.Suggestions;

/// <summary>Which posts the board lists: the open ones (everyone), all of the viewer's city's (its members), the hidden ones (admins).</summary>
public enum BoardScope
{
    Open,
    Mine,
    Hidden,
}

public enum BoardSort
{
    Newest,
    ClosingSoon,
}

public sealed record PartnerSearchRowView(int Id, int CityId, string CityName, string CityCountryCode, string? AreaName, WorldRegion? Region,
    string? CountryCode, PartnershipKind Kind, string Text, DateOnly Until, DateTime PostedAt, PartnerSearchStatus Status, bool IsHidden, int Replies);

public sealed record PartnerSearchReplyView(int Id, int CityId, string CityName, string Text, string ContactName, string ContactEmail, DateTime RepliedAt);

/// <summary>A post as the viewer may see it: the moderator's reason only for the posting city and admins, replies as the viewer may read them.</summary>
public sealed record PartnerSearchView(PartnerSearchRowView Post, string PostedBy, string? ModerationReason, IReadOnlyList<PartnerSearchReplyView> Replies,
    bool IsOpen, bool IsExpired, bool CanReply, bool CanChange, bool CanModerate, bool ReadsAllReplies);

public sealed record PartnerSearchFilter(int? AreaId, WorldRegion? Region, PartnershipKind? Kind, BoardScope Scope, BoardSort Sort);

public sealed record PartnerSearchReplyInput(string? Text, string? ContactName, string? ContactEmail);

/// <summary>
/// The "cities seeking cities" board. Every signed-in user reads the open posts; the posting city (staff and mayor's
/// office) and admins read all of its posts, closed, past and hidden ones included, with every reply; a replying city
/// reads the post and its own reply, never other cities' replies. Posts and replies are always made for the viewer's own
/// city, which comes from the sign-in. The public does not see the board: posts name people and intentions.
/// </summary>
public sealed class PartnerSearchBoard(AppDbContext db, SecurityEvents securityEvents, TimeProvider clock)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public Task<PagedResult<PartnerSearchRowView>> ListAsync(Viewer viewer, PartnerSearchFilter filter, int page, string language,
        CancellationToken cancellationToken)
    {
        var today = Today;
        var own = viewer.CityId ?? -1;
        var posts = filter.Scope switch
        {
            BoardScope.Mine => db.PartnerSearches.Where(s => s.CityId == own),
            BoardScope.Hidden when viewer.CanModeratePartnerSearches => db.PartnerSearches.Where(s => s.IsHidden),
            BoardScope.Hidden => db.PartnerSearches.Where(s => false),
            _ => db.PartnerSearches.Where(s => s.Status == PartnerSearchStatus.Open && !s.IsHidden && s.Until >= today),
        };
        if (filter.AreaId is { } area)
        {
            posts = posts.Where(s => s.ActionAreaId == area);
        }

        if (filter.Region is { } region)
        {
            posts = posts.Where(s => s.Region == region);
        }

        if (filter.Kind is { } kind)
        {
            posts = posts.Where(s => s.Kind == kind);
        }

        return Rows(posts.AsNoTracking(), language, filter.Sort).ToPagedResultAsync(page, cancellationToken);
    }

    /// <summary>A post as the viewer may see it, or null when it does not exist or is not theirs to see (another city's hidden post).</summary>
    public async Task<PartnerSearchView?> GetAsync(Viewer viewer, int id, string language, CancellationToken cancellationToken)
    {
        var row = await Rows(db.PartnerSearches.AsNoTracking().Where(s => s.Id == id).Where(Readable(viewer)), language)
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            await RecordIfHiddenAsync(id, cancellationToken);
            return null;
        }

        var own = viewer.CityId ?? -1;
        var readsAll = viewer.CanReadAllRepliesOf(row.CityId);
        var extra = await db.PartnerSearches.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new { s.PostedBy, s.ModerationReason }).SingleAsync(cancellationToken);
        var replies = await (from r in db.Set<PartnerSearchReply>().AsNoTracking()
                             join c in db.Cities on r.CityId equals c.Id
                             where r.PartnerSearchId == id && (readsAll || r.CityId == own)
                             orderby r.RepliedAt, r.Id
                             select new PartnerSearchReplyView(r.Id, r.CityId, c.NameIn(PortalCultures.Language), r.Text, r.ContactName, r.ContactEmail, r.RepliedAt))
            .ToListAsync(cancellationToken);
        var isExpired = row.Until < Today;
        var isOpen = row.Status == PartnerSearchStatus.Open && !row.IsHidden && !isExpired;
        return new PartnerSearchView(row, extra.PostedBy, readsAll ? extra.ModerationReason : null, replies, isOpen, isExpired,
            isOpen && viewer.CanReplyToPartnerSearchOf(row.CityId),
            row.Status == PartnerSearchStatus.Open && viewer.CanChangePartnerSearchOf(row.CityId),
            viewer.CanModeratePartnerSearches, readsAll);
    }

    /// <summary>The post for the posting city's edit form: not found for a post the viewer may not read, forbidden for one it may not change.</summary>
    public async Task<ForChange<PartnerSearch>> PostForChangeAsync(Viewer viewer, int id, CancellationToken cancellationToken)
    {
        var post = await db.PartnerSearches.Where(Readable(viewer)).SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (post is null)
        {
            await RecordIfHiddenAsync(id, cancellationToken);
            return new(ChangeOutcome.NotFound, null);
        }

        return viewer.CanChangePartnerSearchOf(post.CityId) ? new(ChangeOutcome.Done, post) : new(ChangeOutcome.Forbidden, null);
    }

    public async Task<(ChangeResult Result, int? Id)> PostAsync(Viewer viewer, PartnerSearchDetails details, string postedBy, CancellationToken cancellationToken)
    {
        if (!viewer.CanPostPartnerSearch)
        {
            return (ChangeResult.Forbidden, null);
        }

        try
        {
            await CheckActionAreaAsync(details, cancellationToken);
            var post = new PartnerSearch(viewer.CityId!.Value, details, postedBy, Now);
            db.PartnerSearches.Add(post);
            await db.SaveChangesAsync(cancellationToken);
            return (ChangeResult.Done, post.Id);
        }
        catch (DomainException error)
        {
            return (ChangeResult.Invalid([error]), null);
        }
    }

    public async Task<ChangeResult> EditAsync(Viewer viewer, int id, PartnerSearchDetails details, CancellationToken cancellationToken)
    {
        try
        {
            await CheckActionAreaAsync(details, cancellationToken);
        }
        catch (DomainException error)
        {
            return ChangeResult.Invalid([error]);
        }

        return await ChangeAsync(viewer, id, viewer.CanChangePartnerSearchOf, post => post.Edit(details, Now), cancellationToken);
    }

    /// <summary>An action area id sent by hand that does not exist is a message in the form, not a foreign-key error.</summary>
    private async Task CheckActionAreaAsync(PartnerSearchDetails details, CancellationToken cancellationToken)
    {
        if (details.ActionAreaId is { } areaId && !await db.ActionAreas.AnyAsync(a => a.Id == areaId, cancellationToken))
        {
            throw new DomainException(ErrorCodes.PartnerSearch.ActionAreaUnknown, "The action area does not exist.", nameof(details.ActionAreaId));
        }
    }

    public Task<ChangeResult> ReplyAsync(Viewer viewer, int id, PartnerSearchReplyInput input, CancellationToken cancellationToken) =>
        // Any city's staff may try; the post itself refuses its own city's answer, with a message rather than a 403.
        ChangeAsync(viewer, id, _ => viewer.CanPostPartnerSearch,
            post => post.Reply(viewer.CityId!.Value, input.Text ?? string.Empty, input.ContactName ?? string.Empty, input.ContactEmail ?? string.Empty, Now),
            cancellationToken);

    public Task<ChangeResult> CloseAsync(Viewer viewer, int id, CancellationToken cancellationToken) =>
        ChangeAsync(viewer, id, viewer.CanChangePartnerSearchOf, post => post.Close(), cancellationToken);

    public Task<ChangeResult> HideAsync(Viewer viewer, int id, string? reason, CancellationToken cancellationToken) =>
        ChangeAsync(viewer, id, _ => viewer.CanModeratePartnerSearches, post => post.Hide(reason), cancellationToken);

    public Task<ChangeResult> UnhideAsync(Viewer viewer, int id, CancellationToken cancellationToken) =>
        ChangeAsync(viewer, id, _ => viewer.CanModeratePartnerSearches, post => post.Unhide(), cancellationToken);

    /// <summary>
    /// Every post is readable by its city and admins; others read every post an admin has not hidden. The board lists
    /// only open ones, but a closed or past post stays readable by link, so that a city that saw it, or answered it,
    /// learns it is closed rather than being told it does not exist.
    /// </summary>
    private static Expression<Func<PartnerSearch, bool>> Readable(Viewer viewer)
    {
        if (viewer.IsAdmin)
        {
            return s => true;
        }

        var own = viewer.CityId ?? -1;
        return s => s.CityId == own || !s.IsHidden;
    }

    private async Task RecordIfHiddenAsync(int id, CancellationToken cancellationToken)
    {
        if (await db.PartnerSearches.AnyAsync(s => s.Id == id, cancellationToken))
        {
            await securityEvents.RecordAccessDeniedAsync($"404 partner search {id}");
        }
    }

    private async Task<ChangeResult> ChangeAsync(Viewer viewer, int id, Func<int, bool> mayChange, Action<PartnerSearch> change,
        CancellationToken cancellationToken)
    {
        var post = await db.PartnerSearches.Where(Readable(viewer)).SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (post is null)
        {
            await RecordIfHiddenAsync(id, cancellationToken);
            return ChangeResult.NotFound;
        }

        if (!mayChange(post.CityId))
        {
            return ChangeResult.Forbidden;
        }

        try
        {
            change(post);
            await db.SaveChangesAsync(cancellationToken);
            return ChangeResult.Done;
        }
        catch (DomainException error)
        {
            return ChangeResult.Invalid([error]);
        }
    }

    private IQueryable<PartnerSearchRowView> Rows(IQueryable<PartnerSearch> posts, string language, BoardSort sort = BoardSort.Newest)
    {
        var joined = from s in posts
                     join c in db.Cities on s.CityId equals c.Id
                     join a in db.ActionAreas on s.ActionAreaId equals a.Id into areas
                     from a in areas.DefaultIfEmpty()
                     select new { Post = s, City = c, Area = a };
        var ordered = sort == BoardSort.ClosingSoon
            ? joined.OrderBy(x => x.Post.Until).ThenByDescending(x => x.Post.Id)
            : joined.OrderByDescending(x => x.Post.PostedAt).ThenByDescending(x => x.Post.Id);
        return ordered.Select(x => new PartnerSearchRowView(x.Post.Id, x.Post.CityId, x.City.NameIn(language), x.City.CountryCode,
            x.Area == null ? null : language == "de" && x.Area.GermanName != null ? x.Area.GermanName : x.Area.Name,
            x.Post.Region, x.Post.CountryCode, x.Post.Kind, x.Post.Text, x.Post.Until, x.Post.PostedAt, x.Post.Status, x.Post.IsHidden,
            x.Post.Replies.Count));
    }
}
