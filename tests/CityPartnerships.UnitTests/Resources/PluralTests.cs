using System.Text.RegularExpressions;

namespace CityPartnerships.UnitTests.Resources;

/// <summary>
/// "1 entries", "1 Partnerschaften" and "record(s)" read as careless. A text that puts a count before a noun needs a
/// form for exactly one ("<c>Key.One</c>", chosen by <c>Plurals.Count</c>), unless the count can never be one.
/// </summary>
public partial class PluralTests
{
    private static readonly Dictionary<string, string> _english = ResourceFiles.Load(ResourceFiles.English);
    private static readonly Dictionary<string, string> _german = ResourceFiles.Load(ResourceFiles.German);

    /// <summary>Texts whose count is never one, and why.</summary>
    private static readonly Dictionary<string, string> _neverOne = new(StringComparer.Ordinal)
    {
        ["BestPractices.FoundMore"] = "the search's cap",
        ["Capacity.Median"] = "shown from the minimum number of member cities on",
        ["Capacity.MedianHidden"] = "the minimum number of member cities, a constant above one",
        ["City.Inhabitants"] = "a city's population",
        ["Directory.Population"] = "a city's population",
        ["Suggestions.Inhabitants"] = "a city's population",
        ["ClimateImport.Error.CityAmbiguous"] = "said only when several places share the name",
        ["Import.Decision.Coordinates"] = "said only when several places share the name",
        ["Import.Decision.FarLargest"] = "said only when several places share the name",
        ["Import.Decision.Region"] = "said only when several places share the name",
        ["Import.Error.OwnCityAmbiguous"] = "said only when several places share the name",
        ["Import.NeedsChoice"] = "said only when several places share the name",
        ["Import.FileHelp"] = "limits of the import, constants",
        ["Import.ForHelp"] = "a limit of the import, a constant",
        ["Import.Problem.TooManyRows"] = "a limit of the import, a constant",
        ["Import.RowsNotListed"] = "said only when the file has more rows to fix than the page lists",
        ["Dashboard.AnniversaryYears"] = "anniversaries are whole multiples of five years",
        ["Dashboard.Upcoming"] = "the dashboard's look-ahead, a constant",
        ["History.MoreThan"] = "the history's cap",
        ["Pager.SummaryCapped"] = "the count's cap",
        ["Identity.PasswordRequiresUniqueChars"] = "the password rules, constants",
        ["Identity.PasswordTooShort"] = "the password rules, constants",
        ["AccessibilityFeedback.ProblemHelp"] = "a field's length, a constant",
        ["Validation.MaxLength"] = "a field's length, a constant",
        ["Validation.PasswordLength"] = "a field's length, a constant",
        ["Partnership.PartnerSuggestionsMany"] = "the partner search's script chooses Partnership.PartnerSuggestionsOne for one",
    };

    [GeneratedRegex(@"\{\d+(?::N0)?\}\s+(?:[a-z-]+\s+)?(?:entries|rows|partnerships|cities|places|values|years|days|records|regions|practices|characters|inhabitants|activities|projects|contacts|users|networks|units|people|posts|answers|documents|results|suggestions|areas|problems|errors|codes|hours|minutes|months|weeks)\b")]
    private static partial Regex CountBeforeNoun();

    [GeneratedRegex(@"\p{L}\((?:s|n|e|en|es|r)\)|Eintrag/Einträge")]
    private static partial Regex PluralInBrackets();

    [Fact]
    public void Every_text_that_counts_has_a_form_for_exactly_one()
    {
        var missing = _english
            .Where(text => CountBeforeNoun().IsMatch(text.Value) && !text.Key.EndsWith(".One", StringComparison.Ordinal))
            .Where(text => !_english.ContainsKey(text.Key + ".One") && !_english.ContainsKey(text.Key + "One") && !_neverOne.ContainsKey(text.Key))
            .Select(text => $"{text.Key}: {text.Value}")
            .ToList();

        Assert.True(missing.Count == 0, $"Texts that would say \"1 …s\" ({missing.Count}):\n{string.Join('\n', missing)}");
    }

    [Fact]
    public void No_text_leaves_the_plural_to_the_reader()
    {
        var bracketed = _english.Concat(_german)
            .Where(text => PluralInBrackets().IsMatch(text.Value))
            .Select(text => $"{text.Key}: {text.Value}")
            .ToList();

        Assert.True(bracketed.Count == 0, $"Texts with \"(s)\"-style plurals ({bracketed.Count}):\n{string.Join('\n', bracketed)}");
    }
}
