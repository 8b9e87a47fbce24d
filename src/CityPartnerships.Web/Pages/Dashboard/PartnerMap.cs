using System.Globalization;
using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Web.Features.Figures;
using CityPartnerships.Web.Pages.Partnerships;

namespace CityPartnerships.Web.Pages.Dashboard;

/// <summary>
/// A city and its partners on the equirectangular world outline (wwwroot/lib/world-atlas/land-110m.svg, 360 × 180
/// units, as <see cref="PairMap"/>), cropped around all of them, with a line to each partner coloured by status.
/// Drawn on the server as SVG: no script, no tiles, and it prints.
/// </summary>
public sealed record PartnerMap(string CityName, double X, double Y, IReadOnlyList<PartnerMap.Line> Lines, string ViewBox)
{
    private const double Padding = 10;
    private const double MinimumWidth = 60;

    public sealed record Line(int PartnershipId, string PartnerName, double X, double Y, PartnershipStatus Status);

    public static PartnerMap? For(CityDashboard figures)
    {
        if (figures.Latitude is not { } lat || figures.Longitude is not { } lon)
        {
            return null;
        }

        var lines = figures.Partners
            .Where(p => p.Latitude is not null && p.Longitude is not null)
            .Select(p => new Line(p.PartnershipId, p.PartnerName, p.Longitude!.Value + 180, 90 - p.Latitude!.Value, p.Status))
            .ToList();
        var (x, y) = (lon + 180, 90 - lat);
        var xs = lines.Select(l => l.X).Append(x).ToList();
        var ys = lines.Select(l => l.Y).Append(y).ToList();
        var width = Math.Min(360, Math.Max(MinimumWidth, Math.Max(xs.Max() - xs.Min() + (2 * Padding), 2 * (ys.Max() - ys.Min() + (2 * Padding)))));
        var height = width / 2;
        var left = Math.Clamp(((xs.Max() + xs.Min()) / 2) - (width / 2), 0, 360 - width);
        var top = Math.Clamp(((ys.Max() + ys.Min()) / 2) - (height / 2), 0, 180 - height);
        var viewBox = string.Create(CultureInfo.InvariantCulture, $"{left:0.#} {top:0.#} {width:0.#} {height:0.#}");
        return new PartnerMap(figures.CityName, x, y, lines, viewBox);
    }

    public double Scale => double.Parse(ViewBox.Split(' ')[2], CultureInfo.InvariantCulture) / 360;

    public MapLabel Label => MapLabel.Place(CityName, X, Y, 9 * Scale, ViewBox);

    public static string Number(double value) => PairMap.Number(value);

    /// <summary>Line colours by status, dark enough against the light map (WCAG 1.4.11 non-text contrast).</summary>
    public static string Colour(PartnershipStatus status) => status switch
    {
        PartnershipStatus.Active => "#1a7f37",
        PartnershipStatus.Proposed => "#0b5cad",
        PartnershipStatus.Dormant => "#b45309",
        _ => "#3e4c59",
    };
}
