using System.Globalization;
using CityPartnerships.Web.Features.Climate;
using CityPartnerships.Web.Pages.Partnerships;

namespace CityPartnerships.Web.Pages.Climate;

/// <summary>
/// A city and its close climate twins on the equirectangular world outline (wwwroot/lib/world-atlas/land-110m.svg,
/// as <see cref="Dashboard.PartnerMap"/>): drawn on the server as SVG, no script, no tiles.
/// </summary>
public sealed record TwinMap(string CityName, double X, double Y, IReadOnlyList<TwinMap.Point> Points, string ViewBox)
{
    public const string TodayLikeOurFuture = "#b45309";
    public const string FutureLikeOurToday = "#0b5cad";

    public sealed record Point(int CityId, string Name, double X, double Y, string Colour);

    public static TwinMap? For(ClimateTwinsView view)
    {
        if (view.City is not { Latitude: { } lat, Longitude: { } lon })
        {
            return null;
        }

        var points = view.FutureLikeTheirPresent.Where(t => t.IsClose).Select(t => (t.City, Colour: TodayLikeOurFuture))
            .Concat(view.PresentLikeTheirFuture.Where(t => t.IsClose).Select(t => (t.City, Colour: FutureLikeOurToday)))
            .Where(p => p.City.Latitude is not null && p.City.Longitude is not null)
            .DistinctBy(p => p.City.Id)
            .Select(p => new Point(p.City.Id, p.City.Name, p.City.Longitude!.Value + 180, 90 - p.City.Latitude!.Value, p.Colour))
            .ToList();
        var (x, y) = (lon + 180, 90 - lat);
        var xs = points.Select(p => p.X).Append(x).ToList();
        var ys = points.Select(p => p.Y).Append(y).ToList();
        var width = Math.Min(360, Math.Max(60, Math.Max(xs.Max() - xs.Min() + 20, 2 * (ys.Max() - ys.Min() + 20))));
        var height = width / 2;
        var left = Math.Clamp(((xs.Max() + xs.Min()) / 2) - (width / 2), 0, 360 - width);
        var top = Math.Clamp(((ys.Max() + ys.Min()) / 2) - (height / 2), 0, 180 - height);
        return new TwinMap(view.City.Name, x, y, points, string.Create(CultureInfo.InvariantCulture, $"{left:0.#} {top:0.#} {width:0.#} {height:0.#}"));
    }

    public double Scale => double.Parse(ViewBox.Split(' ')[2], CultureInfo.InvariantCulture) / 360;

    public MapLabel Label => MapLabel.Place(CityName, X, Y, 9 * Scale, ViewBox);

    public static string Number(double value) => PairMap.Number(value);
}
