using System.Globalization;
using System.Text;

namespace CityPartnerships.Web.Search;

/// <summary>
/// Turns what a user typed into the form stored in Cities.SearchName (PostgreSQL's unaccent of the lower-case name),
/// so "Dusseldorf" matches "Düsseldorf" and "sao paulo" matches "São Paulo".
/// </summary>
public static class SearchText
{
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var character in text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(character) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            // Letters unaccent spells out rather than strips.
            builder.Append(character switch
            {
                'ß' => "ss",
                'æ' => "ae",
                'œ' => "oe",
                'ø' => "o",
                'ł' => "l",
                'đ' => "d",
                'ı' => "i",
                _ => character.ToString(),
            });
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>A LIKE pattern that finds the normalized text anywhere, with LIKE's wildcards escaped.</summary>
    public static string ContainsPattern(string text) =>
        "%" + Normalize(text).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal) + "%";
}
