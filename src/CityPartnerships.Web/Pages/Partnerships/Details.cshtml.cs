using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Web.Authorization;
using CityPartnerships.Web.Data;
using CityPartnerships.Web.Data.Auditing;
using CityPartnerships.Web.Features;
using CityPartnerships.Web.Features.Partnerships;
using CityPartnerships.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CityPartnerships.Web.Pages.Partnerships;

public sealed class DetailsModel(AppDbContext db, PartnershipQueries queries, PartnershipChanges changes, TimeProvider clock,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    // Enum fields in the history, by record type, and the resource prefix of their values.
    private static readonly Dictionary<(string Entity, string Field), string> _enumFields = new()
    {
        [("Partnership", "Kind")] = "PartnershipKind",
        [("Partnership", "Status")] = "PartnershipStatus",
        [("Activity", "Kind")] = "ActivityKind",
        [("Project", "Status")] = "ProjectStatus",
        [("Project", "PartnerCommitment")] = "PartnerCommitment",
    };

    private static readonly HashSet<string> _numberFields = ["Amount", "Participants", "SizeBytes"];

    public PartnershipView Partnership { get; private set; } = null!;

    public IReadOnlyList<AuditEntry> History { get; private set; } = [];

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
                new CityView(p.CityId, p.City!.Name, p.City.CountryCode, p.City.Region, p.City.Latitude, p.City.Longitude),
                new CityView(p.PartnerCityId, p.PartnerCity!.Name, p.PartnerCity.CountryCode, p.PartnerCity.Region, p.PartnerCity.Latitude, p.PartnerCity.Longitude),
                p.Kind,
                p.Status,
                p.StartedOn,
                p.EndedOn,
                p.Description,
                p.LastVerifiedAt,
                p.IsInternal,
                p.ActionAreas.AsQueryable().Select(areaName).OrderBy(name => name).ToList()))
            .SingleOrDefaultAsync(cancellationToken);
        if (view is null)
        {
            return NotFound();
        }

        Partnership = view;
        CanChange = access.CanChange(view.City.Id, view.Partner.Id);
        Now = clock.GetUtcNow().UtcDateTime;
        LastActivityOn = await queries.LastActivityOnAsync(id, cancellationToken);
        History = await db.AuditEntries.AsNoTracking()
            .Where(a => a.PartnershipId == id)
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Take(50)
            .ToListAsync(cancellationToken);
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

    /// <summary>"Activity created", "Changed" (the partnership itself), …</summary>
    public string EntryTitle(AuditEntry entry) => entry.EntityType == nameof(Domain.Partnerships.Partnership)
        ? localizer[$"History.{entry.Action}"]
        : localizer[$"History.{entry.EntityType}.{entry.Action}"];

    public string FieldLabel(string field) => localizer[$"AuditField.{field}"] is { ResourceNotFound: false } label ? label.Value : field;

    /// <summary>Audit values are stored invariantly (ISO dates, enum names); show them the way the pages do.</summary>
    public string FieldValue(AuditEntry entry, AuditChange change, string? value)
    {
        if (value is null)
        {
            return change.Old is null && change.New is null ? localizer["History.NotShown"] : "–";
        }

        if (_enumFields.TryGetValue((entry.EntityType, change.Field), out var enumName))
        {
            return localizer[$"{enumName}.{value}"];
        }

        if (_numberFields.Contains(change.Field)
            && decimal.TryParse(value, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            return number.ToString("#,0.##", System.Globalization.CultureInfo.CurrentCulture);
        }

        return value switch
        {
            "True" => localizer["Common.Yes"],
            "False" => localizer["Common.No"],
            _ when DateOnly.TryParseExact(value, "yyyy-MM-dd", out var date) => Formats.Date(date),
            _ when DateTime.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind, out var time) => Formats.Date(time),
            _ => value,
        };
    }

    public sealed record CityView(int Id, string Name, string CountryCode, string? Region, double? Latitude, double? Longitude);

    public sealed record PartnershipView(int Id, CityView City, CityView Partner, PartnershipKind Kind, PartnershipStatus Status,
        DateOnly? StartedOn, DateOnly? EndedOn, string? Description, DateTime? LastVerifiedAt, bool IsInternal,
        IReadOnlyList<string> ActionAreas);
}
