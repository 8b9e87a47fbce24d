using System.Collections.Concurrent;
using System.Globalization;

namespace CityPartnerships.Web.Localization;

/// <summary>
/// The interface texts, looked up in the resource files once per language and key and then kept: a list page asks for
/// a few hundred of them (each row's kind and status, the layout's menu), and ResourceManager takes a lock on every
/// lookup, which the issue-14 profile showed as contention under load (docs/benchmarks.md). The resources are compiled
/// into the assembly, so a kept text is never stale.
/// </summary>
public sealed class CachedStringLocalizerFactory(ResourceManagerStringLocalizerFactory resources) : IStringLocalizerFactory
{
    private readonly ConcurrentDictionary<(Type?, string?, string?), IStringLocalizer> _localizers = new();

    public IStringLocalizer Create(Type resourceSource) =>
        _localizers.GetOrAdd((resourceSource, null, null), _ => new CachedStringLocalizer(resources.Create(resourceSource)));

    public IStringLocalizer Create(string baseName, string location) =>
        _localizers.GetOrAdd((null, baseName, location), _ => new CachedStringLocalizer(resources.Create(baseName, location)));
}

public sealed class CachedStringLocalizer(IStringLocalizer resources) : IStringLocalizer
{
    private readonly ConcurrentDictionary<(string Culture, string Name), LocalizedString> _texts = new();

    public LocalizedString this[string name]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(name);
            return _texts.GetOrAdd((CultureInfo.CurrentUICulture.Name, name), key => resources[key.Name]);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var format = this[name];
            // As ResourceManagerStringLocalizer does: the numbers and dates in the text in the user's culture.
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, format.Value, arguments), format.ResourceNotFound,
                format.SearchedLocation);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => resources.GetAllStrings(includeParentCultures);
}
