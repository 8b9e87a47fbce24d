using System.ComponentModel.DataAnnotations;
using CityPartnerships.Domain.ActionAreas;
using CityPartnerships.Domain.Common;
using CityPartnerships.Domain.Partnerships;

namespace CityPartnerships.Web.Pages.Partnerships;

/// <summary>What staff fill in on both the create and the edit page.</summary>
public class PartnershipInput : IVersionedInput
{
    [Display(Name = "Partnership.Kind")]
    public PartnershipKind Kind { get; set; } = PartnershipKind.Twinning;

    [Display(Name = "Partnership.Status")]
    public PartnershipStatus Status { get; set; } = PartnershipStatus.Active;

    /// <summary>A year, a month or a day, as precisely as the register knows it.</summary>
    [Display(Name = "Partnership.StartedOn")]
    public PartialDate? StartedOn { get; set; }

    [Display(Name = "Partnership.EndedOn")]
    public PartialDate? EndedOn { get; set; }

    [StringLength(Partnership.DescriptionMaxLength, ErrorMessage = "Validation.MaxLength")]
    [DataType(DataType.MultilineText)]
    [Display(Name = "Partnership.Description")]
    public string? Description { get; set; }

    [Display(Name = "Partnership.ActionAreas")]
    public List<int> AreaIds { get; set; } = [];

    [Display(Name = "Partnership.InternalField")]
    public bool IsInternal { get; set; }

    /// <summary>The version of the partnership the user started editing from.</summary>
    public uint Version { get; set; }

    public void CopyFrom(Partnership partnership)
    {
        Version = partnership.Version;
        Kind = partnership.Kind;
        Status = partnership.Status;
        StartedOn = partnership.Started;
        EndedOn = partnership.Ended;
        Description = partnership.Description;
        AreaIds = [.. partnership.ActionAreas.Select(a => a.Id)];
        IsInternal = partnership.IsInternal;
    }

    /// <summary>Applies the form through the domain's rules; throws DomainException when one is broken.</summary>
    public async Task ApplyToAsync(Partnership partnership, AppDbContext db, CancellationToken cancellationToken)
    {
        partnership.UpdateDetails(Kind, Status, StartedOn, EndedOn, Description);
        partnership.SetActionAreas(await SelectedAreasAsync(db, cancellationToken));
        partnership.MarkInternal(IsInternal);
    }

    public Task<List<ActionArea>> SelectedAreasAsync(AppDbContext db, CancellationToken cancellationToken) =>
        db.ActionAreas.Where(a => AreaIds.Contains(a.Id)).ToListAsync(cancellationToken);
}

public interface IPartnershipFormPage
{
    PartnershipInput Input { get; }

    IReadOnlyList<SelectListItem> AreaOptions { get; }
}
