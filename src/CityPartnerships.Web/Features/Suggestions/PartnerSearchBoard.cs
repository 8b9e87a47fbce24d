using CityPartnerships.Domain.Common;
using CityPartnerships.Domain.Suggestions;
using CityPartnerships.Web.Paging;

namespace CityPartnerships.Web.Features.Suggestions;

public sealed record PartnerSearchRowView(int Id, int CityId, string CityName, string CityCountryCode, string? AreaName, WorldRegion? Region,
    string? CountryCode, CooperationKind Kind, string Text, DateOnly Until, DateTime PostedAt, PartnerSearchStatus Status, int Replies);

public sealed record PartnerSearchReplyView(int CityId, string CityName, string Text, string ContactName, string ContactEmail, DateTime RepliedAt);

public sealed record PartnerSearchView(PartnerSearchRowView Post, string PostedBy, string? ModerationReason, IReadOnlyList<PartnerSearchReplyView> Replies,
    bool IsOpen, bool CanReply, bool CanClose, bool CanModerate);

public sealed record PartnerSearchFilter(int? AreaId, WorldRegion? Region, CooperationKind? Kind, bool Mine);

public sealed record PartnerSearchInput(int? ActionAreaId, WorldRegion? Region, string? CountryCode, CooperationKind Kind, string Text, DateOnly Until);

public sealed record PartnerSearchReplyInput(string Text, string ContactName, string ContactEmail);

/// <summary>
/// The "cities seeking cities" board: every signed-in user reads the open posts; the posting city and admins also read
/// its closed and hidden ones and every reply; a replying city reads its own reply. The viewer's city comes from the
/// sign-in, so a post or a reply is always made for the viewer's own city.
/// </summary>
public sealed class PartnerSearchBoard(AppDbContext db, TimeProvider clock)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public Task<PagedResult<PartnerSearchRowView>> ListAsync(Viewer viewer, PartnerSearchFilter filter, int page, string language,
        CancellationToken cancellationToken)
    {
        var today = Today;
        var own = viewer.CityId ?? -1;
        var posts = db.PartnerSearches.AsNoTracking()
            .Where(s => filter.Mine ? s.CityId == own : s.Status == PartnerSearchStatus.Open && s.Until >= today);
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

        return Rows(posts, language).OrderByDescending(r => r.PostedAt).ThenByDescending(r => r.Id).ToPagedResultAsync(page, cancellationToken);
    }

    /// <summary>A post as the viewer may see it, or null when it does not exist or is not theirs to see (closed, hidden, past).</summary>
    public async Task<PartnerSearchView?> GetAsync(Viewer viewer, int id, string language, CancellationToken cancellationToken)
    {
        var row = await Rows(db.PartnerSearches.AsNoTracking().Where(s => s.Id == id), language).SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var isOpen = row.Status == PartnerSearchStatus.Open && row.Until >= Today;
        var readsAll = viewer.CanReadAllRepliesOf(row.CityId);
        if (!isOpen && !readsAll)
        {
            return null;
        }

        var own = viewer.CityId ?? -1;
        var extra = await db.PartnerSearches.AsNoTracking().Where(s => s.Id == id).Select(s => new { s.PostedBy, s.ModerationReason }).SingleAsync(cancellationToken);
        var replies = await db.PartnerSearches.AsNoTracking().Where(s => s.Id == id).SelectMany(s => s.Replies)
            .Where(r => readsAll || r.CityId == own)
            .Join(db.Cities, r => r.CityId, c => c.Id, (r, c) => new PartnerSearchReplyView(r.CityId, c.Name, r.Text, r.ContactName, r.ContactEmail, r.RepliedAt))
            .OrderBy(r => r.RepliedAt)
            .ToListAsync(cancellationToken);
        return new PartnerSearchView(row, extra.PostedBy, readsAll ? extra.ModerationReason : null, replies, isOpen,
            isOpen && viewer.CanReplyToPartnerSearchOf(row.CityId),
            row.Status == PartnerSearchStatus.Open && viewer.CanClosePartnerSearchOf(row.CityId),
            viewer.IsAdmin && row.Status != PartnerSearchStatus.Hidden);
    }

    public async Task<(ChangeResult Result, int? Id)> PostAsync(Viewer viewer, PartnerSearchInput input, string postedBy, CancellationToken cancellationToken)
    {
        if (!viewer.CanPostPartnerSearch)
        {
            return (ChangeResult.Forbidden, null);
        }

        try
        {
            var post = new PartnerSearch(viewer.CityId!.Value, input.ActionAreaId, input.Region, input.CountryCode, input.Kind, input.Text, input.Until,
                postedBy, clock.GetUtcNow().UtcDateTime);
            db.PartnerSearches.Add(post);
            await db.SaveChangesAsync(cancellationToken);
            return (ChangeResult.Done, post.Id);
        }
        catch (DomainException error)
        {
            return (ChangeResult.Invalid([error]), null);
        }
    }

    public Task<ChangeResult> ReplyAsync(Viewer viewer, int id, PartnerSearchReplyInput input, CancellationToken cancellationToken) =>
        ChangeAsync(viewer, id, viewer.CanReplyToPartnerSearchOf,
            post => post.Reply(viewer.CityId!.Value, input.Text, input.ContactName, input.ContactEmail, clock.GetUtcNow().UtcDateTime), cancellationToken);

    public Task<ChangeResult> CloseAsync(Viewer viewer, int id, CancellationToken cancellationToken) =>
        ChangeAsync(viewer, id, viewer.CanClosePartnerSearchOf, post => post.Close(), cancellationToken);

    public Task<ChangeResult> HideAsync(Viewer viewer, int id, string reason, CancellationToken cancellationToken) =>
        ChangeAsync(viewer, id, _ => viewer.IsAdmin, post => post.Hide(reason), cancellationToken);

    private async Task<ChangeResult> ChangeAsync(Viewer viewer, int id, Func<int, bool> mayChange, Action<PartnerSearch> change,
        CancellationToken cancellationToken)
    {
        var post = await db.PartnerSearches.Include(s => s.Replies).SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (post is null || (!post.IsOpenOn(Today) && !viewer.CanReadAllRepliesOf(post.CityId)))
        {
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

    private IQueryable<PartnerSearchRowView> Rows(IQueryable<PartnerSearch> posts, string language) =>
        from s in posts
        join c in db.Cities on s.CityId equals c.Id
        join a in db.ActionAreas on s.ActionAreaId equals a.Id into areas
        from a in areas.DefaultIfEmpty()
        select new PartnerSearchRowView(s.Id, s.CityId, c.Name, c.CountryCode,
            a == null ? null : language == "de" && a.GermanName != null ? a.GermanName : a.Name,
            s.Region, s.CountryCode, s.Kind, s.Text, s.Until, s.PostedAt, s.Status, s.Replies.Count);
}
