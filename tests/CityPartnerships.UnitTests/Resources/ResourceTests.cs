using System.Text.RegularExpressions;
using System.Xml.Linq;
using CityPartnerships.Web.Authorization;
using CityPartnerships.Web.Pages;

namespace CityPartnerships.UnitTests.Resources;

public partial class ResourceTests
{
    private static readonly string _webProject = ResourceFiles.WebProject;
    private static readonly string _englishFile = ResourceFiles.English;
    private static readonly string _germanFile = ResourceFiles.German;

    /// <summary>String literals that match the key patterns but are not resource keys.</summary>
    private static readonly HashSet<string> _notResourceKeys = ["CityPartnerships.Auth"];

    [GeneratedRegex(@"(?:\bL|localizer)\[""([A-Za-z0-9_.]+)""")]
    private static partial Regex LocalizerKey();

    [GeneratedRegex(@"(?:ErrorMessage|Name) = ""([A-Za-z]+\.[A-Za-z0-9.]+)""")]
    private static partial Regex AttributeKey();

    private static Dictionary<string, string> Load(string path) => ResourceFiles.Load(path);

    private static IEnumerable<string> WebSourceFiles() =>
        Directory.EnumerateFiles(_webProject, "*.*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".cs", StringComparison.Ordinal) || path.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(path =>
            {
                var relative = Path.GetRelativePath(_webProject, path).Split(Path.DirectorySeparatorChar);
                return !relative.Contains("bin") && !relative.Contains("obj");
            });

    [Fact]
    public void English_and_German_have_the_same_keys()
    {
        var english = Load(_englishFile).Keys.ToHashSet(StringComparer.Ordinal);
        var german = Load(_germanFile).Keys.ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(english);
        Assert.Empty(english.Except(german).Order(StringComparer.Ordinal));
        Assert.Empty(german.Except(english).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void No_key_appears_twice_in_a_file()
    {
        foreach (var path in new[] { _englishFile, _germanFile })
        {
            var duplicates = XDocument.Load(path).Root!
                .Elements("data")
                .Select(data => data.Attribute("name")?.Value)
                .GroupBy(name => name, StringComparer.Ordinal)
                .Where(group => group.Count() > 1)
                .Select(group => $"{Path.GetFileName(path)}: {group.Key}");

            Assert.Empty(duplicates);
        }
    }

    [Fact]
    public void No_value_is_empty()
    {
        var empty = Load(_englishFile).Select(pair => ("en", pair))
            .Concat(Load(_germanFile).Select(pair => ("de", pair)))
            .Where(entry => string.IsNullOrWhiteSpace(entry.pair.Value))
            .Select(entry => $"{entry.Item1}: {entry.pair.Key}");

        Assert.Empty(empty);
    }

    [Fact]
    public void Every_key_used_in_the_web_project_exists_in_the_english_file()
    {
        var keys = Load(_englishFile);
        var used = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in WebSourceFiles())
        {
            var source = File.ReadAllText(path);
            foreach (var match in LocalizerKey().Matches(source).Concat(AttributeKey().Matches(source)))
            {
                used.Add(match.Groups[1].Value);
            }
        }

        used.ExceptWith(_notResourceKeys);

        Assert.NotEmpty(used);
        var missing = used.Where(key => !keys.ContainsKey(key)).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Every_role_has_a_string()
    {
        var keys = Load(_englishFile);

        Assert.NotEmpty(Roles.All);
        Assert.All(Roles.All, role => Assert.Contains($"Role.{role}", keys.Keys));
    }

    [Theory]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(429)]
    [InlineData(500)]
    public void Every_status_code_page_has_a_title_and_a_text(int statusCode)
    {
        var keys = Load(_englishFile);
        var page = new StatusCodeModel();
        page.OnGet(statusCode);

        Assert.Contains($"StatusCode.{page.Key}.Title", keys.Keys);
        Assert.Contains($"StatusCode.{page.Key}.Text", keys.Keys);
    }

    [Theory]
    [InlineData("Nav.SignIn", "Sign in", "Anmelden")]
    [InlineData("Nav.SignOut", "Sign out", "Abmelden")]
    [InlineData("PartnershipStatus.Active", "Active", "Aktiv")]
    public void German_strings_are_translated(string key, string expectedEnglish, string expectedGerman)
    {
        Assert.Equal(expectedEnglish, Load(_englishFile)[key]);
        Assert.Equal(expectedGerman, Load(_germanFile)[key]);
    }
}
