using System.Buffers.Binary;
using System.Text;

namespace CityPartnerships.Web.Data.Gazetteer;

/// <summary>
/// Reads the GeoNames names per language of the Debian package libgeonames-common (GeoNames data, CC BY 4.0): one
/// gettext catalogue per language, <c>&lt;folder&gt;/&lt;language&gt;/LC_MESSAGES/geonames.mo</c>, mapping a GeoNames
/// id ("2867714") or a region key ("DE.02") to the name in that language ("München", "Bayern").
/// </summary>
public static class GeoNamesCatalogues
{
    public const string ConfigurationKey = "Gazetteer:NamesFolder";
    public const string DefaultFolder = "/usr/share/locale";
    private const string CatalogueFile = "LC_MESSAGES/geonames.mo";

    public static IReadOnlyList<string> Languages(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateDirectories(folder)
                .Where(d => File.Exists(Path.Combine(d, CatalogueFile)))
                .Select(Path.GetFileName)
                .OfType<string>()
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];

    /// <summary>The city names of every language in the folder: GeoNames id, language, name.</summary>
    public static IEnumerable<(int GeoNameId, string Language, string Name)> CityNames(string folder)
    {
        foreach (var language in Languages(folder))
        {
            foreach (var (key, name) in Read(Path.Combine(folder, language, CatalogueFile)))
            {
                if (int.TryParse(key, out var geoNameId) && name.Trim() is { Length: > 0 } trimmed)
                {
                    yield return (geoNameId, language, trimmed);
                }
            }
        }
    }

    /// <summary>The entries of a gettext .mo file: magic number, count, and two tables of (length, offset) pairs.</summary>
    public static IEnumerable<(string Key, string Value)> Read(string path)
    {
        var data = File.ReadAllBytes(path);
        var littleEndian = BinaryPrimitives.ReadUInt32LittleEndian(data) == 0x950412DE;
        if (!littleEndian && BinaryPrimitives.ReadUInt32BigEndian(data) != 0x950412DE)
        {
            throw new InvalidDataException($"{path} is not a gettext catalogue.");
        }

        int Number(int offset) => (int)(littleEndian
            ? BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(offset))
            : BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(offset)));
        string Text(int table, int index) =>
            Encoding.UTF8.GetString(data, Number(table + (8 * index) + 4), Number(table + (8 * index)));

        var (count, keys, values) = (Number(8), Number(12), Number(16));
        for (var i = 0; i < count; i++)
        {
            var key = Text(keys, i);
            if (key.Length > 0)
            {
                yield return (key, Text(values, i));
            }
        }
    }
}
