using System.Globalization;
using CityPartnerships.Domain.Cities;

namespace CityPartnerships.Web.Pages.Partnerships;

/// <summary>
/// Where two cities sit on the equirectangular world outline (wwwroot/lib/world-atlas/land-110m.svg, 360 × 180 units),
/// cropped around them so neighbours do not collapse into one dot.
/// </summary>
public sealed record PairMap(string NameA, double XA, double YA, string NameB, double XB, double YB, string ViewBox, int DistanceKm)
{
    private const double Padding = 12;
    private const double MinimumWidth = 48;

    public static PairMap? For(string nameA, double? latitudeA, double? longitudeA, string nameB, double? latitudeB, double? longitudeB)
    {
        if (latitudeA is not { } latA || longitudeA is not { } lonA || latitudeB is not { } latB || longitudeB is not { } lonB)
        {
            return null;
        }

        var (xa, ya, xb, yb) = (lonA + 180, 90 - latA, lonB + 180, 90 - latB);
        var width = Math.Min(360, Math.Max(MinimumWidth, Math.Max(Math.Abs(xa - xb) + (2 * Padding), 2 * (Math.Abs(ya - yb) + (2 * Padding)))));
        var height = width / 2;
        var left = Math.Clamp(((xa + xb) / 2) - (width / 2), 0, 360 - width);
        var top = Math.Clamp(((ya + yb) / 2) - (height / 2), 0, 180 - height);
        var viewBox = string.Create(CultureInfo.InvariantCulture, $"{left:0.#} {top:0.#} {width:0.#} {height:0.#}");
        var distance = (int)Math.Round(GeoDistance.Kilometres(latA, lonA, latB, lonB));
        return new PairMap(nameA, xa, ya, nameB, xb, yb, viewBox, distance);
    }

    /// <summary>Marker and label size scale with the crop, so they look the same at every zoom.</summary>
    public double Scale => double.Parse(ViewBox.Split(' ')[2], CultureInfo.InvariantCulture) / 360;

    public MapLabel LabelA => MapLabel.Place(NameA, XA, YA, 9 * Scale, ViewBox);

    public MapLabel LabelB => MapLabel.Place(NameB, XB, YB, 9 * Scale, ViewBox);

    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}

/// <summary>
/// Where a city's name goes next to its marker so that it stays inside the map: above right by default, to the left
/// of the marker when it would run past the right edge, below when it would run past the top.
/// </summary>
public sealed record MapLabel(string Text, double X, double Y, string Anchor)
{
    // Average glyph width of the sans-serif labels relative to the font size, generous so long names still fit.
    private const double GlyphWidth = 0.62;

    public static MapLabel Place(string text, double x, double y, double fontSize, string viewBox)
    {
        var box = viewBox.Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        var (left, top, width) = (box[0], box[1], box[2]);
        var offset = fontSize * 0.55;
        var textWidth = text.Length * fontSize * GlyphWidth;
        var anchor = x + offset + textWidth > left + width && x - offset - textWidth >= left ? "end" : "start";
        var labelX = anchor == "end" ? x - offset : Math.Max(left + 1, Math.Min(x + offset, left + width - textWidth));
        var labelY = y - offset - fontSize < top ? y + offset + fontSize : y - offset;
        return new MapLabel(text, labelX, labelY, anchor);
    }
}
