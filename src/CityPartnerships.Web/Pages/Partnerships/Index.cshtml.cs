using System.Data;
using System.Globalization;
using CityPartnerships.Domain.Common;
using CityPartnerships.Web.Features.Export;
using CityPartnerships.Web.Features.Partnerships;
using CityPartnerships.Web.Paging;
using CityPartnerships.Web.Search;
using MiniExcelLibs;

namespace CityPartnerships.Web.Pages.Partnerships;

/// <summary>The register: every partnership the user may read, with combinable filters kept in the URL.</summary>
public sealed class IndexModel(RegisterChoices choices, PartnershipQueries queries, TimeProvider clock, IStringLocalizer<SharedResource> localizer)
    : PageModel
{
    // The import's own headers, so that the file reads back unchanged (the ID and the last check are left out by it).
    private static readonly string[] _exportColumns =
    [
        "Export.Id", "Import.Column.OwnCity", "Import.Column.OwnCountry", "Import.Column.OwnGeoNameId", "Import.Column.PartnerCity",
        "Import.Column.PartnerCountry", "Import.Column.PartnerRegion", "Import.Column.PartnerGeoNameId", "Import.Column.Kind",
        "Import.Column.Status", "Import.Column.StartedOn", "Import.Column.EndedOn", "Partnership.LastVerified",
    ];

    [BindProperty(SupportsGet = true)]
    public PartnershipFilter Filter { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    /// <summary>Where the page starts: the position of the previous page's last row (keyset paging, <see cref="RegisterOrder"/>).</summary>
    [BindProperty(SupportsGet = true)]
    public string? After { get; set; }

    /// <summary>Where the page ends: the position of the next page's first row (the "previous" link).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Before { get; set; }

    public PagedResult<PartnershipRowView> Partnerships { get; private set; } = null!;

    /// <summary>Why a row was found when neither of its shown names fits the search ("Kyoln" for Köln).</summary>
    public NamesFoundBy FoundBy { get; private set; } = NamesFoundBy.None;


    public IReadOnlyList<SelectListItem> AreaOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> NetworkOptions { get; private set; } = [];

    public Viewer Access { get; private set; } = null!;

    public DateTime Now { get; private set; }

    private string? _detailsPrefix;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Access = Viewer.From(User);
        Now = clock.GetUtcNow().UtcDateTime;
        Partnerships = await queries.PageAsync(Access, Filter, PageNumber, cancellationToken, After, Before);
        FoundBy = await queries.NamesFoundByAsync(Partnerships.Items, Filter.Q, cancellationToken);

        AreaOptions = await choices.ActionAreasAsync(cancellationToken);
        NetworkOptions = await choices.NetworksAsync(cancellationToken);
    }

    /// <summary>
    /// The filtered list as a CSV file that Excel opens (with the separator of the user's Excel), streamed as it is
    /// read, without a row limit. The import reads it back: it changes nothing.
    /// </summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        Access = Viewer.From(User);
        var rows = (await queries.ExportAsync(Access, Filter, cancellationToken)).AsAsyncEnumerable().Select(ExportValues);
        var separator = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == PortalCultures.German ? ';' : ',';
        return new CsvFile($"partnerships-{clock.GetUtcNow():yyyy-MM-dd}.csv", separator, [.. _exportColumns.Select(key => localizer[key].Value)], rows);
    }

    /// <summary>
    /// The filtered list as an Excel workbook: the columns of the CSV export, dates as real dates. Text cells are
    /// written as text (never as formulas), so they need no defusing.
    /// </summary>
    public async Task<IActionResult> OnGetExcelAsync(CancellationToken cancellationToken)
    {
        Access = Viewer.From(User);
        // A table rather than a list of rows, so that an empty result still gets its header row.
        using var sheet = new DataTable { Locale = CultureInfo.InvariantCulture };
        foreach (var key in _exportColumns)
        {
            sheet.Columns.Add(localizer[key].Value, typeof(object));
        }

        await foreach (var row in (await queries.ExportAsync(Access, Filter, cancellationToken)).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            sheet.Rows.Add(ExportValues(row));
        }

        var workbook = new MemoryStream();
        await MiniExcel.SaveAsAsync(workbook, sheet, sheetName: localizer["Partnerships.Title"], cancellationToken: cancellationToken);
        workbook.Position = 0;
        return File(workbook, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"partnerships-{clock.GetUtcNow():yyyy-MM-dd}.xlsx");
    }

    public bool NeedsVerification(PartnershipRowView row) => row.IsDueForVerificationAt(Now);

    /// <summary>
    /// A row's link to its details page. The route is generated once per page and the id appended, rather than an
    /// anchor tag helper running the link generator for each of the rows (the issue-14 profile, docs/benchmarks.md).
    /// </summary>
    public string DetailsUrl(int id)
    {
        if (_detailsPrefix is null)
        {
            var sample = Url.Page(PagePaths.PartnershipDetails, new { id = 1 })!;
            _detailsPrefix = sample[..(sample.LastIndexOf('/') + 1)];
        }

        return _detailsPrefix + id.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Links that change the sort and keep every filter.</summary>
    public Dictionary<string, string> SortLink(string key)
    {
        var values = Filter.RouteValues();
        values["sort"] = key;
        values.Remove("desc");
        if (Filter.SortKey == key && !Filter.Desc)
        {
            values["desc"] = "true";
        }

        return values;
    }

    /// <summary>One row of the exports, column by column as in <see cref="_exportColumns"/>: text, numbers and dates.</summary>
    private object?[] ExportValues(PartnershipExportView row) =>
    [
        row.Id,
        row.CityName,
        CountryNames.Display(row.CityCountry),
        row.CityGeoNameId,
        row.PartnerName,
        CountryNames.Display(row.PartnerCountry),
        row.PartnerRegion,
        row.PartnerGeoNameId,
        localizer[$"PartnershipKind.{row.Kind}"].Value,
        localizer[$"PartnershipStatus.{row.Status}"].Value,
        ExportDate(row.Started),
        ExportDate(row.Ended),
        row.LastVerifiedAt is { } verified ? DateOnly.FromDateTime(verified) : null,
    ];

    // A day as a date (a real date in Excel); a year or a month as "1988" or "1988-05", which the import reads back.
    private static object? ExportDate(PartialDate? date) => date is { Precision: DatePrecision.Day } day ? day.First : date?.ToIsoText();
}
