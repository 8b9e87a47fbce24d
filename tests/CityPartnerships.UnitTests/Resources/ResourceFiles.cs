using System.Xml.Linq;

namespace CityPartnerships.UnitTests.Resources;

/// <summary>The portal's English and German resource files, read from the repository as XML.</summary>
internal static class ResourceFiles
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string WebProject { get; } = Path.Combine(RepositoryRoot, "src", "CityPartnerships.Web");

    public static string English { get; } = Path.Combine(WebProject, "Resources", "SharedResource.resx");

    public static string German { get; } = Path.Combine(WebProject, "Resources", "SharedResource.de.resx");

    /// <summary>Key to text; a key that appears twice is reported by ResourceTests, here the last one wins.</summary>
    public static Dictionary<string, string> Load(string path)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var data in XDocument.Load(path).Root!.Elements("data").Where(data => data.Attribute("name") is not null))
        {
            texts[data.Attribute("name")!.Value] = data.Element("value")?.Value ?? string.Empty;
        }

        return texts;
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CityPartnerships.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds CityPartnerships.sln.");
    }
}
