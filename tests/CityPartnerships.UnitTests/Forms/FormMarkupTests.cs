using System.Text.RegularExpressions;
using CityPartnerships.UnitTests.Resources;

namespace CityPartnerships.UnitTests.Forms;

/// <summary>
/// The convention the shared error wiring (src/CityPartnerships.Web/Forms) relies on: a refused field points its
/// aria-describedby at its message, so every field bound with asp-for needs an asp-validation-for message in the
/// same view.
/// </summary>
public sealed partial class FormMarkupTests
{
    [Fact]
    public void Every_visible_field_bound_with_asp_for_has_its_validation_message()
    {
        var missing = new List<string>();
        foreach (var view in Directory.EnumerateFiles(Path.Combine(ResourceFiles.WebProject, "Pages"), "*.cshtml", SearchOption.AllDirectories))
        {
            var markup = File.ReadAllText(view);
            var messages = ValidationMessage().Matches(markup).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
            missing.AddRange(BoundField().Matches(markup)
                .Where(m => !m.Value.Contains("type=\"hidden\"", StringComparison.Ordinal))
                .Select(m => m.Groups[1].Value)
                .Where(field => !messages.Contains(field))
                .Select(field => $"{Path.GetRelativePath(ResourceFiles.WebProject, view)}: {field}"));
        }

        Assert.Empty(missing);
    }

    [GeneratedRegex("""<(?:input|select|textarea)\b[^>]*\basp-for="([^"]+)"[^>]*>""")]
    private static partial Regex BoundField();

    [GeneratedRegex("""asp-validation-for="([^"]+)""")]
    private static partial Regex ValidationMessage();
}
