using System.ComponentModel.DataAnnotations;
using CityPartnerships.Domain.ActionAreas;
using CityPartnerships.Domain.Activities;

namespace CityPartnerships.Web.Pages.Partnerships.Activities;

/// <summary>What staff fill in on both the add and the edit page of an activity.</summary>
public sealed class ActivityInput : IVersionedInput
{
    [Display(Name = "Activity.Kind")]
    public ActivityKind Kind { get; set; } = ActivityKind.IncomingDelegation;

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(Activity.TitleMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Activity.Title")]
    public string? Title { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [DataType(DataType.Date)]
    [Display(Name = "Activity.StartsOn")]
    public DateOnly? StartsOn { get; set; }

    [DataType(DataType.Date)]
    [Display(Name = "Activity.EndsOn")]
    public DateOnly? EndsOn { get; set; }

    [StringLength(Activity.PlaceMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Activity.Place")]
    public string? Place { get; set; }

    [Display(Name = "Activity.Participants")]
    public int? Participants { get; set; }

    [StringLength(Activity.DescriptionMaxLength, ErrorMessage = "Validation.MaxLength")]
    [DataType(DataType.MultilineText)]
    [Display(Name = "Activity.Description")]
    public string? Description { get; set; }

    [Display(Name = "Activity.ActionAreas")]
    public List<int> AreaIds { get; set; } = [];

    /// <summary>The version of the activity the user started editing from.</summary>
    public uint Version { get; set; }

    public void CopyFrom(Activity activity)
    {
        Kind = activity.Kind;
        Title = activity.Title;
        StartsOn = activity.StartsOn;
        EndsOn = activity.EndsOn;
        Place = activity.Place;
        Participants = activity.Participants;
        Description = activity.Description;
        AreaIds = [.. activity.ActionAreas.Select(a => a.Id)];
        Version = activity.Version;
    }

    /// <summary>A new activity through the domain's rules; throws DomainException when one is broken.</summary>
    public async Task<Activity> CreateAsync(int partnershipId, AppDbContext db, CancellationToken cancellationToken)
    {
        var activity = new Activity(partnershipId, Kind, Title ?? string.Empty, ValidatedStart, EndsOn, Place, Participants, Description);
        activity.SetActionAreas(await SelectedAreasAsync(db, cancellationToken));
        return activity;
    }

    /// <summary>Applies the form through the domain's rules; throws DomainException when one is broken.</summary>
    public async Task ApplyToAsync(Activity activity, AppDbContext db, CancellationToken cancellationToken)
    {
        activity.UpdateDetails(Kind, Title ?? string.Empty, ValidatedStart, EndsOn, Place, Participants, Description);
        activity.SetActionAreas(await SelectedAreasAsync(db, cancellationToken));
    }

    private DateOnly ValidatedStart => StartsOn ?? throw new InvalidOperationException("The start date is validated before the form is applied.");

    private Task<List<ActionArea>> SelectedAreasAsync(AppDbContext db, CancellationToken cancellationToken) =>
        db.ActionAreas.Where(a => AreaIds.Contains(a.Id)).ToListAsync(cancellationToken);
}

public interface IActivityFormPage
{
    ActivityInput Input { get; }

    IReadOnlyList<SelectListItem> AreaOptions { get; }
}
