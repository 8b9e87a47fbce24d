using System.ComponentModel.DataAnnotations;
using CityPartnerships.Domain.BestPractices;
using CityPartnerships.Domain.Common;
using CityPartnerships.Web.Features;

namespace CityPartnerships.Web.Pages.BestPractices;

/// <summary>The template as staff fill it in: an English and a German version (either or both), and what both share.</summary>
public sealed class BestPracticeInput : IVersionedInput
{
    public PracticeTextInput English { get; set; } = new();

    public PracticeTextInput German { get; set; } = new();

    [Display(Name = "BestPractice.ActionAreas")]
    public List<int> AreaIds { get; set; } = [];

    [Display(Name = "BestPractice.Sdgs")]
    public List<int> Sdgs { get; set; } = [];

    [StringLength(BestPractice.ContactNameMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "BestPractice.ContactName")]
    public string? ContactName { get; set; }

    [StringLength(EmailAddress.MaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "BestPractice.ContactEmail")]
    public string? ContactEmail { get; set; }

    [StringLength((BestPractice.LinkMaxLength + 2) * BestPractice.MaxLinks, ErrorMessage = "Validation.MaxLength")]
    [DataType(DataType.MultilineText)]
    [Display(Name = "BestPractice.Links")]
    public string? Links { get; set; }

    public uint Version { get; set; }

    /// <summary>The language versions the user wrote something in.</summary>
    public IEnumerable<(string Language, PracticeTextInput Text, string Section)> Written()
    {
        if (!English.IsEmpty)
        {
            yield return (ContentLanguage.English, English, nameof(English));
        }

        if (!German.IsEmpty)
        {
            yield return (ContentLanguage.German, German, nameof(German));
        }
    }

    public void CopyFrom(BestPractice practice)
    {
        Version = practice.Version;
        foreach (var text in practice.Texts)
        {
            (text.Language == ContentLanguage.German ? German : English).CopyFrom(text);
        }

        AreaIds = [.. practice.ActionAreas.Select(a => a.Id)];
        Sdgs = [.. practice.Sdgs];
        ContactName = practice.ContactName;
        ContactEmail = practice.ContactEmail;
        Links = string.Join('\n', practice.Links);
    }

    /// <summary>Applies the whole form through the domain's rules, collecting every broken rule for the form.</summary>
    public async Task ApplyToAsync(BestPractice practice, AppDbContext db, CancellationToken cancellationToken)
    {
        var errors = new List<DomainException>();
        void Try(Action action, string? section = null)
        {
            try
            {
                action();
            }
            catch (DomainException error)
            {
                // "Title" of the German version is shown at Input.German.Title.
                errors.Add(section is null || error.ParamName is null ? error : new DomainException(error.Code, error.Message, $"{section}.{error.ParamName}"));
            }
        }

        foreach (var (language, text, section) in Written())
        {
            Try(() => practice.SetText(language, text.ToDomain()), section);
        }

        foreach (var language in ContentLanguage.All.Where(l => !Written().Any(w => w.Language == l)))
        {
            Try(() => practice.RemoveText(language));
        }

        var areas = await db.ActionAreas.Where(a => AreaIds.Contains(a.Id)).ToListAsync(cancellationToken);
        Try(() => practice.SetActionAreas(areas));
        Try(() => practice.SetSdgs(Sdgs));
        Try(() => practice.SetContact(ContactName, ContactEmail));
        Try(() => practice.SetLinks(LinkLines()));
        if (errors.Count > 0)
        {
            throw new BrokenRulesException(errors);
        }
    }

    public IEnumerable<string> LinkLines() => (Links ?? string.Empty).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>One language version of the template.</summary>
public sealed class PracticeTextInput
{
    [StringLength(BestPracticeText.TitleMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "BestPractice.Title")]
    public string? Title { get; set; }

    [StringLength(BestPracticeText.SummaryMaxLength, ErrorMessage = "Validation.MaxLength")]
    [DataType(DataType.MultilineText)]
    [Display(Name = "BestPractice.Summary")]
    public string? Summary { get; set; }

    [StringLength(BestPracticeText.SectionMaxLength, ErrorMessage = "Validation.MaxLength")]
    [DataType(DataType.MultilineText)]
    [Display(Name = "BestPractice.Challenge")]
    public string? Challenge { get; set; }

    [StringLength(BestPracticeText.SectionMaxLength, ErrorMessage = "Validation.MaxLength")]
    [DataType(DataType.MultilineText)]
    [Display(Name = "BestPractice.Approach")]
    public string? Approach { get; set; }

    [StringLength(BestPracticeText.SectionMaxLength, ErrorMessage = "Validation.MaxLength")]
    [DataType(DataType.MultilineText)]
    [Display(Name = "BestPractice.Results")]
    public string? Results { get; set; }

    [StringLength(BestPracticeText.SectionMaxLength, ErrorMessage = "Validation.MaxLength")]
    [DataType(DataType.MultilineText)]
    [Display(Name = "BestPractice.Costs")]
    public string? Costs { get; set; }

    [StringLength(BestPracticeText.SectionMaxLength, ErrorMessage = "Validation.MaxLength")]
    [DataType(DataType.MultilineText)]
    [Display(Name = "BestPractice.Transferability")]
    public string? Transferability { get; set; }

    [StringLength(BestPracticeText.SectionMaxLength, ErrorMessage = "Validation.MaxLength")]
    [DataType(DataType.MultilineText)]
    [Display(Name = "BestPractice.Partners")]
    public string? Partners { get; set; }

    public bool IsEmpty => new[] { Title, Summary, Challenge, Approach, Results, Costs, Transferability, Partners }.All(string.IsNullOrWhiteSpace);

    public BestPracticeTextInput ToDomain() =>
        new(Title ?? string.Empty, Summary ?? string.Empty, Challenge, Approach, Results, Costs, Transferability, Partners);

    public void CopyFrom(BestPracticeText text)
    {
        Title = text.Title;
        Summary = text.Summary;
        Challenge = text.Challenge;
        Approach = text.Approach;
        Results = text.Results;
        Costs = text.Costs;
        Transferability = text.Transferability;
        Partners = text.Partners;
    }
}
