using System.Linq.Expressions;
using CityPartnerships.Domain.ActionAreas;
using CityPartnerships.Domain.Common;
using CityPartnerships.Domain.Partnerships;

namespace CityPartnerships.Domain.Projects;

/// <summary>A joint project of a partnership and how it is funded (funder, programme, amount, status).</summary>
public sealed class Project : IPartnershipRecord
{
    public const int TitleMaxLength = 200;
    public const int DescriptionMaxLength = 4000;
    public const int FunderMaxLength = 200;
    public const int ProgrammeMaxLength = 200;
    public const decimal MaxAmount = 1_000_000_000m;

    private readonly List<ActionArea> _actionAreas = [];

    private Project()
    {
        Title = string.Empty;
        Currency = "EUR";
    }

    public Project(int partnershipId, string title)
        : this()
    {
        PartnershipId = partnershipId;
        Title = Guard.RequiredText(title, TitleMaxLength, ErrorCodes.Project.Title, nameof(title));
    }

    public int Id { get; private set; }

    public int PartnershipId { get; private set; }

    public string Title { get; private set; }

    public string? Description { get; private set; }

    public ProjectStatus Status { get; private set; }

    /// <summary>Who funds it, e.g. BMZ, Engagement Global/SKEW, an EU programme, or the city's own budget.</summary>
    public string? Funder { get; private set; }

    public string? Programme { get; private set; }

    public decimal? Amount { get; private set; }

    /// <summary>ISO 4217 code, e.g. EUR.</summary>
    public string Currency { get; private set; }

    public DateOnly? ApplicationDeadline { get; private set; }

    public DateOnly? StartsOn { get; private set; }

    public DateOnly? EndsOn { get; private set; }

    public PartnerCommitment PartnerCommitment { get; private set; }

    public IReadOnlyCollection<ActionArea> ActionAreas => _actionAreas.AsReadOnly();

    public uint Version { get; private set; }

    /// <summary>The statuses of projects still under way, in the order they pass through.</summary>
    public static IReadOnlyList<ProjectStatus> OpenStatuses { get; } = [ProjectStatus.Idea, ProjectStatus.Applied, ProjectStatus.Approved];

    /// <summary>Days ahead in which an application deadline counts as soon.</summary>
    public const int DeadlineSoonDays = 30;

    public bool IsFundingSecured => IsFundingSecuredIn(Status);

    public static bool IsFundingSecuredIn(ProjectStatus status) => status is ProjectStatus.Approved or ProjectStatus.Completed;

    /// <summary>Neither rejected nor completed: something can still be done for it.</summary>
    public static bool IsOpenIn(ProjectStatus status) => status is not (ProjectStatus.Rejected or ProjectStatus.Completed);

    public static Expression<Func<Project, bool>> Open { get; } =
        p => p.Status != ProjectStatus.Rejected && p.Status != ProjectStatus.Completed;

    /// <summary>
    /// An idea whose application deadline falls within <see cref="DeadlineSoonDays"/> days from today: once applied
    /// for, the deadline is met.
    /// </summary>
    public static bool IsDeadlineSoon(ProjectStatus status, DateOnly? applicationDeadline, DateOnly today) =>
        status == ProjectStatus.Idea && applicationDeadline is { } deadline && deadline >= today && deadline <= today.AddDays(DeadlineSoonDays);

    public static Expression<Func<Project, bool>> DeadlineSoon(DateOnly today)
    {
        var until = today.AddDays(DeadlineSoonDays);
        return p => p.Status == ProjectStatus.Idea && p.ApplicationDeadline >= today && p.ApplicationDeadline <= until;
    }

    public void UpdateDetails(string title, string? description, ProjectStatus status, PartnerCommitment partnerCommitment,
        DateOnly? startsOn, DateOnly? endsOn)
    {
        var validTitle = Guard.RequiredText(title, TitleMaxLength, ErrorCodes.Project.Title, nameof(title));
        var validDescription = Guard.OptionalText(description, DescriptionMaxLength, ErrorCodes.Project.Description, nameof(description));
        Guard.Defined(status, ErrorCodes.Project.StatusUnknown, nameof(status));
        Guard.Defined(partnerCommitment, ErrorCodes.Project.PartnerCommitmentUnknown, nameof(partnerCommitment));
        if (endsOn < startsOn)
        {
            throw new DomainException(ErrorCodes.Project.EndBeforeStart, "A project cannot end before it starts.", nameof(endsOn));
        }

        Title = validTitle;
        Description = validDescription;
        Status = status;
        PartnerCommitment = partnerCommitment;
        StartsOn = startsOn;
        EndsOn = endsOn;
    }

    public void SetFunding(string? funder, string? programme, decimal? amount, string? currency, DateOnly? applicationDeadline)
    {
        var validFunder = Guard.OptionalText(funder, FunderMaxLength, ErrorCodes.Project.Funder, nameof(funder));
        var validProgramme = Guard.OptionalText(programme, ProgrammeMaxLength, ErrorCodes.Project.Programme, nameof(programme));
        if (amount is < 0 or > MaxAmount)
        {
            throw new DomainException(ErrorCodes.Project.AmountOutOfRange, $"The amount must be between 0 and {MaxAmount}.", nameof(amount));
        }

        var validCurrency = string.IsNullOrWhiteSpace(currency) ? "EUR" : currency.Trim().ToUpperInvariant();
        if (validCurrency.Length != 3 || !validCurrency.All(char.IsAsciiLetterUpper))
        {
            throw new DomainException(ErrorCodes.Project.CurrencyInvalid, "Use a three-letter currency code such as EUR.", nameof(currency));
        }

        Funder = validFunder;
        Programme = validProgramme;
        Amount = amount;
        Currency = validCurrency;
        ApplicationDeadline = applicationDeadline;
    }

    public void SetActionAreas(IEnumerable<ActionArea> actionAreas)
    {
        _actionAreas.Clear();
        _actionAreas.AddRange(actionAreas.DistinctBy(a => a.Id == 0 ? (object)a : a.Id));
    }
}
