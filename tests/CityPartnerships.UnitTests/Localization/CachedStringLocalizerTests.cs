using CityPartnerships.Web;
using CityPartnerships.Web.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CityPartnerships.UnitTests.Localization;

public class CachedStringLocalizerTests
{
    private static readonly ResourceManagerStringLocalizerFactory _resources =
        new(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance);

    [Fact]
    public void Each_language_keeps_its_own_texts_after_the_first_lookup()
    {
        var localizer = new CachedStringLocalizerFactory(_resources).Create(typeof(SharedResource));

        var english = InCulture.Read("en", () => localizer["Common.All"].Value);
        var german = InCulture.Read("de", () => localizer["Common.All"].Value);

        Assert.Equal("All", english);
        Assert.Equal("Alle", german);
        Assert.Equal("All", InCulture.Read("en", () => localizer["Common.All"].Value));
        Assert.Equal("Alle", InCulture.Read("de", () => localizer["Common.All"].Value));
    }

    [Fact]
    public void Texts_with_numbers_are_formatted_in_the_users_culture_as_without_the_cache()
    {
        var cached = new CachedStringLocalizerFactory(_resources).Create(typeof(SharedResource));
        var uncached = _resources.Create(typeof(SharedResource));

        Assert.Equal("Page 1,000 of 2,000 (50,000 entries)", InCulture.Read("en", () => cached["Pager.Summary", 50000, 1000, 2000].Value));
        Assert.Equal("Seite 1.000 von 2.000 (50.000 Einträge)", InCulture.Read("de", () => cached["Pager.Summary", 50000, 1000, 2000].Value));
        Assert.Equal(InCulture.Read("de", () => uncached["Pager.Summary", 7, 8, 9].Value), InCulture.Read("de", () => cached["Pager.Summary", 7, 8, 9].Value));
    }

    [Fact]
    public void A_missing_key_still_says_so()
    {
        var localizer = new CachedStringLocalizerFactory(_resources).Create(typeof(SharedResource));

        var missing = InCulture.Read("de", () => localizer["No.Such.Key"]);

        Assert.True(missing.ResourceNotFound);
        Assert.Equal("No.Such.Key", missing.Value);
    }
}
