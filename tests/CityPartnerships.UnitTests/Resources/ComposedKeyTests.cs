using System.Reflection;
using System.Text.RegularExpressions;
using CityPartnerships.Domain.Activities;
using CityPartnerships.Domain.Common;
using CityPartnerships.Domain.Contacts;
using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Domain.Projects;
using CityPartnerships.Web.Data;
using CityPartnerships.Web.Data.Auditing;
using CityPartnerships.Web.Pages.Partnerships.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CityPartnerships.UnitTests.Resources;

/// <summary>
/// Keys the portal builds at run time (a domain error's code, an audit entry's type, action and fields, an import
/// column or row error) cannot be found by reading the pages' source, so these tests enumerate them from the code
/// and require a text for each in English and in German.
/// </summary>
public partial class ComposedKeyTests
{
    private static readonly Dictionary<string, string> _english = ResourceFiles.Load(ResourceFiles.English);
    private static readonly Dictionary<string, string> _german = ResourceFiles.Load(ResourceFiles.German);

    /// <summary>
    /// The records AuditInterceptor writes history for, as it names them in <see cref="AuditEntry.EntityType"/>.
    /// Keep in step with the interceptor: a record audited there but missing here has untested history titles.
    /// </summary>
    private static readonly Type[] _auditedTypes =
        [typeof(Partnership), typeof(Activity), typeof(Project), typeof(Contact), typeof(AgreementDocument)];

    [GeneratedRegex(@"""[A-Z][A-Za-z]*(?:\.[A-Z][A-Za-z]*)+""")]
    private static partial Regex CodeLiteral();

    [GeneratedRegex(@"new DomainException\(\s*(?!ErrorCodes\.)")]
    private static partial Regex ExceptionWithoutConstant();

    /// <summary>Fails with the list of keys that either language lacks, e.g. "de: DomainError.City.Name.TooLong".</summary>
    private static void AssertInBothLanguages(IEnumerable<string> keys)
    {
        var all = keys.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(all);
        var missing = all.Where(key => !_english.ContainsKey(key)).Select(key => $"en: {key}")
            .Concat(all.Where(key => !_german.ContainsKey(key)).Select(key => $"de: {key}"))
            .ToList();
        Assert.True(missing.Count == 0, $"Missing texts ({missing.Count}):\n{string.Join('\n', missing)}");
    }

    /// <summary>Every code in <see cref="ErrorCodes"/>, with the class and field that declare it.</summary>
    private static IEnumerable<(string Declared, string Code)> ErrorCodeDeclarations()
    {
        foreach (var entity in typeof(ErrorCodes).GetNestedTypes())
        {
            foreach (var field in entity.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                var declared = $"{entity.Name}.{field.Name}";
                switch (field.GetValue(null))
                {
                    case string code:
                        yield return (declared, code);
                        break;
                    case RequiredTextCodes text:
                        yield return (declared, text.Required);
                        yield return (declared, text.TooLong);
                        break;
                    case OptionalTextCodes text:
                        yield return (declared, text.TooLong);
                        break;
                    case PlainTextCodes text:
                        yield return (declared, text.Invisible);
                        yield return (declared, text.Markup);
                        yield return (declared, text.FormulaStart);
                        break;
                    case var other:
                        throw new InvalidOperationException(
                            $"ErrorCodes.{declared} is a {other?.GetType().Name ?? "null"}, which this test does not know how to enumerate.");
                }
            }
        }
    }

    private static IEnumerable<string> DomainSourceFiles() =>
        Directory.EnumerateFiles(Path.Combine(ResourceFiles.RepositoryRoot, "src", "CityPartnerships.Domain"), "*.cs", SearchOption.AllDirectories)
            .Where(path =>
            {
                var relative = Path.GetRelativePath(ResourceFiles.RepositoryRoot, path).Split(Path.DirectorySeparatorChar);
                return !relative.Contains("bin") && !relative.Contains("obj");
            });

    [Fact]
    public void Every_domain_error_code_has_a_text_in_both_languages()
    {
        AssertInBothLanguages(ErrorCodeDeclarations().Select(declaration => $"DomainError.{declaration.Code}"));
    }

    /// <summary>Error messages are whole sentences, so a German text equal to the English one was not translated.</summary>
    [Fact]
    public void Every_domain_error_text_is_translated_into_german()
    {
        var untranslated = ErrorCodeDeclarations()
            .Select(declaration => $"DomainError.{declaration.Code}")
            .Where(key => _german.TryGetValue(key, out var german) && german == _english.GetValueOrDefault(key))
            .ToList();

        Assert.Empty(untranslated);
    }

    [Fact]
    public void Every_domain_error_code_is_declared_once_under_its_entity()
    {
        var declarations = ErrorCodeDeclarations().ToList();

        Assert.NotEmpty(declarations);
        Assert.Empty(declarations.GroupBy(d => d.Code, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.All(declarations, d => Assert.StartsWith(d.Declared.Split('.')[0] + ".", d.Code, StringComparison.Ordinal));
    }

    /// <summary>Codes are thrown only through <see cref="ErrorCodes"/>, so the test above sees every one.</summary>
    [Fact]
    public void The_domain_throws_only_codes_declared_in_ErrorCodes()
    {
        var offending = new List<string>();
        foreach (var path in DomainSourceFiles().Where(path => Path.GetFileName(path) != "ErrorCodes.cs"))
        {
            var source = File.ReadAllText(path);
            var name = Path.GetRelativePath(ResourceFiles.RepositoryRoot, path);
            offending.AddRange(CodeLiteral().Matches(source).Select(match => $"{name}: literal {match.Value}"));
            if (Path.GetFileName(path) != "Guard.cs")
            {
                offending.AddRange(ExceptionWithoutConstant().Matches(source).Select(_ => $"{name}: a DomainException without an ErrorCodes constant"));
            }
        }

        Assert.Empty(offending);
    }

    [Fact]
    public void Every_history_title_has_a_text_in_both_languages()
    {
        var actions = Enum.GetNames<AuditAction>();

        // A record's own entries are titled "History.{action}"; those of a partnership's records, shown in the
        // partnership's history, "History.{type}.{action}" (they are created, changed and deleted, never locked).
        string[] recordActions = [nameof(AuditAction.Created), nameof(AuditAction.Updated), nameof(AuditAction.Deleted)];
        AssertInBothLanguages(actions.Select(action => $"History.{action}")
            .Concat(_auditedTypes.Where(type => type != typeof(Partnership))
                .SelectMany(type => recordActions.Select(action => $"History.{type.Name}.{action}"))));
    }

    /// <summary>
    /// The fields a history entry can list: every mapped property of an audited record, and its action areas, except
    /// what no one edits (keys, the row version, columns the database fills, file contents, the link to the
    /// partnership whose history it is).
    /// </summary>
    [Fact]
    public void Every_recorded_field_has_a_label_in_both_languages()
    {
        using var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseNpgsql("Host=unused").Options);
        var fields = new List<string>();
        foreach (var type in _auditedTypes)
        {
            var entity = db.Model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not in the model.");
            fields.AddRange(entity.GetProperties()
                .Where(p => !p.IsPrimaryKey() && !p.IsConcurrencyToken && p.ValueGenerated == ValueGenerated.Never
                    && p.ClrType != typeof(byte[])
                    && !p.GetContainingForeignKeys().Any(fk => fk.PrincipalEntityType.ClrType == typeof(Partnership)))
                .Select(p => p.Name));
            fields.AddRange(entity.GetSkipNavigations().Select(n => n.Name));
        }

        AssertInBothLanguages(fields.Select(field => $"AuditField.{field}"));
    }

    [Fact]
    public void Every_language_a_contact_can_speak_has_a_name_in_both_languages() =>
        AssertInBothLanguages(CityPartnerships.Domain.Contacts.SpokenLanguages.All.Select(code => $"SpokenLanguage.{code}"));

    /// <summary>Every value of every domain enum is shown somewhere (lists, forms, history) as "{Enum}.{value}".</summary>
    [Fact]
    public void Every_domain_enum_value_has_a_text_in_both_languages()
    {
        var enums = typeof(ErrorCodes).Assembly.GetExportedTypes().Where(type => type.IsEnum).ToList();

        AssertInBothLanguages(enums.SelectMany(type => Enum.GetNames(type).Select(value => $"{type.Name}.{value}")));
    }

    [Fact]
    public void Every_import_column_problem_and_row_error_has_a_text_in_both_languages()
    {
        var columns = Enum.GetNames<ImportColumn>();
        var rowErrors = typeof(RowErrorKeys).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(field => (string)field.GetValue(null)!);

        AssertInBothLanguages(columns.Select(column => $"Import.Column.{column}")
            .Concat(columns.Select(column => $"Import.ColumnHelp.{column}"))
            .Concat(Enum.GetNames<SpreadsheetProblem>().Select(problem => $"Import.Problem.{problem}"))
            .Concat(rowErrors));
    }
}
