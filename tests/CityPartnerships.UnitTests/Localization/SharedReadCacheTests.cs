using CityPartnerships.Web.Data;
using Microsoft.Extensions.Caching.Memory;

namespace CityPartnerships.UnitTests.Localization;

/// <summary>
/// Shared results hold names in the reader's language (a dashboard's partner cities, the map, suggestions): an English
/// reader must never get the German names a German reader's read left behind, whatever key the read was given.
/// </summary>
public sealed class SharedReadCacheTests
{
    [Fact]
    public void A_result_read_for_a_german_reader_is_not_served_to_an_english_one_and_each_is_served_again_to_its_own()
    {
        using var memory = new MemoryCache(new MemoryCacheOptions());
        var cache = new SharedReadCache(memory);
        var reads = 0;
        string Read(string language) => InCulture.Read(language, () => cache.GetOrReadAsync("figures:city:1",
            _ => Task.FromResult($"{++reads}:{(language == "de" ? "Warschau" : "Warsaw")}"), CancellationToken.None).GetAwaiter().GetResult());

        Assert.Equal("1:Warschau", Read("de"));
        Assert.Equal("2:Warsaw", Read("en"));
        Assert.Equal("1:Warschau", Read("de"));
        Assert.Equal("2:Warsaw", Read("en"));
    }

    [Fact]
    public void A_saved_change_makes_the_next_reader_read_again()
    {
        using var memory = new MemoryCache(new MemoryCacheOptions());
        var cache = new SharedReadCache(memory);
        var reads = 0;
        int Read() => InCulture.Read("en", () => cache.GetOrReadAsync("figures:association", _ => Task.FromResult(++reads), CancellationToken.None)
            .GetAwaiter().GetResult());

        Assert.Equal(1, Read());
        Assert.Equal(1, Read());
        cache.Invalidate();
        Assert.Equal(2, Read());
    }
}
