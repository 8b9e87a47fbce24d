using System.Xml.Linq;
using CityPartnerships.Web.Data;
using CityPartnerships.Web.Data.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CityPartnerships.UnitTests.Auditing;

/// <summary>The stable names are decoupled from the classes on purpose, so these checks catch a renamed field or a missing string.</summary>
public sealed class AuditedTypesTests
{
    private static readonly IModel _model = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>()
        .UseNpgsql("Host=model-only").Options).Model;

    public static TheoryData<string> Names => [.. AuditedTypes.All.Select(t => t.Name)];

    [Fact]
    public void Stable_names_are_unique_and_every_scope_is_an_audited_type()
    {
        Assert.Equal(AuditedTypes.All.Count, AuditedTypes.All.Select(t => t.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.All(AuditedTypes.All, t => Assert.NotNull(AuditedTypes.Named(t.ScopeType)));
        Assert.All(AuditedTypes.All, t => Assert.Same(t, AuditedTypes.For(t.ClrType)));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_field_the_history_names_is_a_property_of_the_entity(string name)
    {
        var type = AuditedTypes.Named(name)!;
        var entity = _model.FindEntityType(type.ClrType);
        Assert.NotNull(entity);
        var links = type.Links.Select(l => l.Field).ToHashSet(StringComparer.Ordinal);
        var fields = type.PersonalFields.Concat(type.Ignored).Concat(type.NumberFields).Concat(type.EnumFields.Keys)
            .Concat(type.ScopeKey is null ? [] : [type.ScopeKey])
            .Concat(type.State is null ? [] : [type.State.Field])
            .Where(field => !links.Contains(field));

        Assert.All(fields, field => Assert.True(entity.FindProperty(field) is not null, $"{name}.{field} is not mapped"));
        Assert.All(type.Links, link => Assert.NotNull(_model.FindEntityType(link.LinkType)));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_action_of_a_type_shown_in_another_records_history_has_a_title_in_both_languages(string name)
    {
        var type = AuditedTypes.Named(name)!;
        var keys = type.ScopeType == type.Name
            ? new[] { "History.Created", "History.Updated", "History.Deleted" }
            : [$"History.{name}.Created", $"History.{name}.Updated", $"History.{name}.Deleted"];

        foreach (var file in new[] { "SharedResource.resx", "SharedResource.de.resx" })
        {
            var resources = Resources(file);
            Assert.All(keys, key => Assert.Contains(key, resources));
            Assert.All(type.State is null ? [] : new[] { type.State.Set, type.State.Cleared },
                action => Assert.Contains($"History.{action}", resources));
            Assert.All(type.EnumFields.Values, prefix => Assert.Contains(resources, key => key.StartsWith(prefix + ".", StringComparison.Ordinal)));
        }
    }

    private static HashSet<string> Resources(string file)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory!.FullName, "CityPartnerships.sln")))
        {
            directory = directory.Parent;
        }

        return XDocument.Load(Path.Combine(directory.FullName, "src", "CityPartnerships.Web", "Resources", file)).Root!
            .Elements("data").Select(data => data.Attribute("name")!.Value).ToHashSet(StringComparer.Ordinal);
    }
}
