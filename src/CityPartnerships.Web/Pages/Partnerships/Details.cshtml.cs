using CityPartnerships.Domain.Common;
using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Web.Features;
using CityPartnerships.Web.Features.Partnerships;

namespace CityPartnerships.Web.Pages.Partnerships;

public sealed class DetailsModel(AppDbContext db, PartnershipQueries queries, PartnershipChanges changes, TimeProvider clock,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    public PartnershipView Partnership { get; private set; } = null!;

    public bool CanChange { get; private set; }

    public DateTime Now { get; private set; }

    public DateOnly? LastActivityOn { get; private set; }

    public DateOnly Today => DateOnly.FromDateTime(Now);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var access = Viewer.From(User);
        var areaName = ActionAreaNames.InCurrentLanguage();
        var view = await db.Partnerships.AsNoTracking()
            .Where(p => p.Id == id)
            .Where(access.Readable())
            .Select(p => new PartnershipView(
                p.Id,
                new CityView(p.CityId, p.City!.NameIn(PortalCultures.Language), p.City.CountryCode, p.City.Region, p.City.Latitude, p.City.Longitude),
                new CityView(p.PartnerCityId, p.PartnerCity!.NameIn(PortalCultures.Language), p.PartnerCity.CountryCode, p.PartnerCity.Region, p.PartnerCity.Latitude, p.PartnerCity.Longitude),
                p.Kind,
                p.Status,
                p.StartedOn,
                p.StartedOnPrecision,
                p.EndedOn,
                p.EndedOnPrecision,
                p.Description,
                p.LastVerifiedAt,
                p.IsInternal,
                p.ActionAreas.AsQueryable().Select(areaName).OrderBy(name => name).ToList()))
            .SingleOrDefaultAsync(cancellationToken);
        if (view is null)
        {
            await changes.RecordIfHiddenAsync(id, cancellationToken);
            return NotFound();
        }

        Partnership = view;
        CanChange = access.CanChange(view.City.Id, view.Partner.Id);
        Now = clock.GetUtcNow().UtcDateTime;
        LastActivityOn = await queries.LastActivityOnAsync(id, cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostVerifyAsync(int id, CancellationToken cancellationToken) =>
        ChangeAsync(id, p => p.MarkVerified(clock.GetUtcNow().UtcDateTime), "Partnership.Verified", cancellationToken);

    public Task<IActionResult> OnPostEndAsync(int id, DateOnly? endedOn, CancellationToken cancellationToken) =>
        ChangeAsync(id, p => p.End(endedOn ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)), "Partnership.Ended", cancellationToken);

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken)
    {
        var result = await changes.DeleteAsync(Viewer.From(User), id, clock.GetUtcNow().UtcDateTime, cancellationToken);
        if (this.Refusal(result.Outcome) is { } refusal)
        {
            return refusal;
        }

        this.ShowOutcome(result, localizer, "Partnership.Deleted");
        return result.IsDone ? RedirectToPage(PagePaths.PartnershipList) : RedirectToPage(new { id });
    }

    private async Task<IActionResult> ChangeAsync(int id, Action<Partnership> change, string successKey, CancellationToken cancellationToken)
    {
        var result = await changes.ChangeAsync(Viewer.From(User), id, p =>
        {
            change(p);
            return Task.CompletedTask;
        }, cancellationToken);
        if (this.Refusal(result.Outcome) is { } refusal)
        {
            return refusal;
        }

        this.ShowOutcome(result, localizer, successKey);
        return result.Outcome == ChangeOutcome.Gone ? RedirectToPage(PagePaths.PartnershipList) : RedirectToPage(new { id });
    }

    public sealed record CityView(int Id, string Name, string CountryCode, string? Region, double? Latitude, double? Longitude);

    public sealed record PartnershipView(int Id, CityView City, CityView Partner, PartnershipKind Kind, PartnershipStatus Status,
        DateOnly? StartedOn, DatePrecision StartedOnPrecision, DateOnly? EndedOn, DatePrecision EndedOnPrecision,
        string? Description, DateTime? LastVerifiedAt, bool IsInternal, IReadOnlyList<string> ActionAreas)
    {
        public PartialDate? Started => PartialDate.FromStored(StartedOn, StartedOnPrecision);

        public PartialDate? Ended => PartialDate.FromStored(EndedOn, EndedOnPrecision);
    }
}
