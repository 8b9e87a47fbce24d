using System.Globalization;
using CityPartnerships.Domain.Common;
using CityPartnerships.Web.Data.Auditing;

// Not Pages.Shared.History, as the folder would suggest: "Shared" is a Visual Basic keyword (CA1716).
namespace CityPartnerships.Web.Pages.History;

/// <summary>
/// The history of a record, newest first: a partnership with its activities, projects, contacts and documents, a city
/// with its international affairs unit, a user. Callers check that the viewer may read the record.
/// </summary>
public sealed class HistoryViewComponent(AppDbContext db, IStringLocalizer<SharedResource> localizer) : ViewComponent
{
    private const int Shown = 50;

    public async Task<IViewComponentResult> InvokeAsync(AuditScope scope)
    {
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(a => a.ScopeType == scope.Type && a.ScopeId == scope.Id)
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Take(Shown + 1)
            .ToListAsync(HttpContext.RequestAborted);
        // Action areas are recorded by their (English) name; a German reader sees the German one.
        var areaNames = ActionAreaNames.Language == PortalCultures.German
            ? await db.ActionAreas.AsNoTracking().Where(a => a.GermanName != null)
                .ToDictionaryAsync(a => a.Name, a => a.GermanName!, HttpContext.RequestAborted)
            : [];
        return View("~/Pages/Shared/History/HistoryViewComponent.cshtml",
            new HistoryView(scope, [.. entries.Take(Shown)], entries.Count > Shown, areaNames, localizer));
    }
}

/// <summary>The entries, and how to read them: values are stored invariantly (ISO dates, enum names) and shown the way the pages show them.</summary>
public sealed class HistoryView(AuditScope scope, IReadOnlyList<AuditEntry> entries, bool hasMore,
    IReadOnlyDictionary<string, string> actionAreaNames, IStringLocalizer localizer)
{
    private static readonly HashSet<string> _actionAreaFields = ["ActionAreas", "FocusAreas", "ActionAreaId"];

    public IReadOnlyList<AuditEntry> Entries => entries;

    /// <summary>"12 entries", or "more than 50 entries" when only the newest are shown.</summary>
    public string CountText => hasMore ? localizer["History.MoreThan", entries.Count] : localizer.Count("Pager.Count", entries.Count);

    /// <summary>"Activity added", "Unit changed", …; "Changed" or "Locked" for the record itself.</summary>
    public string Title(AuditEntry entry) =>
        entry.EntityType != scope.Type && localizer[$"History.{entry.EntityType}.{entry.Action}"] is { ResourceNotFound: false } title
            ? title.Value
            : localizer[$"History.{entry.Action}"].Value;

    /// <summary>A label of the record's type ("Role" of a user) before the general one ("Role" of a contact).</summary>
    public string FieldLabel(AuditEntry entry, string field) =>
        localizer[$"AuditField.{entry.EntityType}.{field}"] is { ResourceNotFound: false } own ? own.Value
        : localizer[$"AuditField.{field}"] is { ResourceNotFound: false } label ? label.Value
        : field;

    public string FieldValue(AuditEntry entry, AuditChange change, string? value)
    {
        if (value is null)
        {
            return change.Old is null && change.New is null ? localizer["History.NotShown"] : "–";
        }

        if (_actionAreaFields.Contains(change.Field))
        {
            return string.Join(", ", value.Split(", ").Select(name => actionAreaNames.GetValueOrDefault(name, name)));
        }

        var type = AuditedTypes.Named(entry.EntityType);
        if (type is not null && type.EnumFields.TryGetValue(change.Field, out var enumName))
        {
            return string.Join(", ", value.Split(", ").Select(name => localizer[$"{enumName}.{name}"].Value));
        }

        if (type is not null && type.PartialDates.ContainsKey(change.Field) && PartialDate.TryParse(value, out var partial, out _))
        {
            return Formats.Date(partial);
        }

        if (type is not null && type.CountryFields.Contains(change.Field))
        {
            return CountryNames.Display(value);
        }

        if (type is not null && type.NumberFields.Contains(change.Field)
            && decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            return number.ToString("#,0.##", CultureInfo.CurrentCulture);
        }

        return value switch
        {
            "True" => localizer["Common.Yes"],
            "False" => localizer["Common.No"],
            _ when DateOnly.TryParseExact(value, "yyyy-MM-dd", out var date) => Formats.Date(date),
            // Exactly the stored format: a lenient parse would take a longitude of 6.8 for the 8th of June.
            _ when DateTime.TryParseExact(value, "O", CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var time) =>
                time.Year == DateTime.MaxValue.Year ? localizer["History.UntilFurtherNotice"] : Formats.Date(time),
            _ => value,
        };
    }
}
