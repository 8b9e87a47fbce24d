using System.ComponentModel.DataAnnotations;
using CityPartnerships.Domain.ActionAreas;
using CityPartnerships.Domain.Common;
using CityPartnerships.Domain.Projects;
using CityPartnerships.Web.Features;

namespace CityPartnerships.Web.Pages.Partnerships.Projects;

/// <summary>What staff fill in on both the add and the edit page of a project.</summary>
public sealed class ProjectInput : IVersionedInput
{
    /// <summary>Suggestions for the funder field (resource keys); staff may type any other funder.</summary>
    public static IReadOnlyList<string> CommonFunders { get; } =
    [
        "Funder.Bmz", "Funder.Skew", "Funder.Interreg", "Funder.Cerv", "Funder.ForeignOffice", "Funder.StateProgramme", "Funder.OwnBudget",
    ];

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(Project.TitleMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Project.Title")]
    public string? Title { get; set; }

    [StringLength(Project.DescriptionMaxLength, ErrorMessage = "Validation.MaxLength")]
    [DataType(DataType.MultilineText)]
    [Display(Name = "Project.Description")]
    public string? Description { get; set; }

    [Display(Name = "Project.Status")]
    public ProjectStatus Status { get; set; } = ProjectStatus.Idea;

    [Display(Name = "Project.PartnerCommitment")]
    public PartnerCommitment PartnerCommitment { get; set; } = PartnerCommitment.Unknown;

    [DataType(DataType.Date)]
    [Display(Name = "Project.StartsOn")]
    public DateOnly? StartsOn { get; set; }

    [DataType(DataType.Date)]
    [Display(Name = "Project.EndsOn")]
    public DateOnly? EndsOn { get; set; }

    [Display(Name = "Project.ActionAreas")]
    public List<int> AreaIds { get; set; } = [];

    [StringLength(Project.FunderMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Project.Funder")]
    public string? Funder { get; set; }

    [StringLength(Project.ProgrammeMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Project.Programme")]
    public string? Programme { get; set; }

    // A text field in the user's own notation ("45,000.50" / "45.000,50"): a number field would send "45000.50",
    // which German model binding reads as 4,500,050.
    [DisplayFormat(DataFormatString = "{0:0.##}", ApplyFormatInEditMode = true)]
    [Display(Name = "Project.Amount")]
    public decimal? Amount { get; set; }

    // No length attribute: the domain's message ("use a three-letter code such as EUR") helps more than a length.
    [Display(Name = "Project.Currency")]
    public string? Currency { get; set; } = "EUR";

    [DataType(DataType.Date)]
    [Display(Name = "Project.ApplicationDeadline")]
    public DateOnly? ApplicationDeadline { get; set; }

    /// <summary>The version of the project the user started editing from.</summary>
    public uint Version { get; set; }

    public void CopyFrom(Project project)
    {
        Version = project.Version;
        Title = project.Title;
        Description = project.Description;
        Status = project.Status;
        PartnerCommitment = project.PartnerCommitment;
        StartsOn = project.StartsOn;
        EndsOn = project.EndsOn;
        AreaIds = [.. project.ActionAreas.Select(a => a.Id)];
        Funder = project.Funder;
        Programme = project.Programme;
        Amount = project.Amount;
        Currency = project.Currency;
        ApplicationDeadline = project.ApplicationDeadline;
    }

    /// <summary>
    /// Applies the form through the domain's rules. Details and funding are checked separately, so the user sees
    /// every broken rule at once (e.g. dates and currency), not one per attempt: they come as one
    /// <see cref="BrokenRulesException"/>.
    /// </summary>
    public async Task ApplyToAsync(Project project, AppDbContext db, CancellationToken cancellationToken)
    {
        var errors = new List<DomainException>();
        void Try(Action change)
        {
            try
            {
                change();
            }
            catch (DomainException error)
            {
                errors.Add(error);
            }
        }

        Try(() => project.UpdateDetails(Title ?? string.Empty, Description, Status, PartnerCommitment, StartsOn, EndsOn));
        Try(() => project.SetFunding(Funder, Programme, Amount, Currency, ApplicationDeadline));
        project.SetActionAreas(await SelectedAreasAsync(db, cancellationToken));
        if (errors.Count > 0)
        {
            throw new BrokenRulesException(errors);
        }
    }

    private Task<List<ActionArea>> SelectedAreasAsync(AppDbContext db, CancellationToken cancellationToken) =>
        db.ActionAreas.Where(a => AreaIds.Contains(a.Id)).ToListAsync(cancellationToken);
}

public interface IProjectFormPage
{
    ProjectInput Input { get; }

    IReadOnlyList<SelectListItem> AreaOptions { get; }
}
