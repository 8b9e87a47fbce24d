using System.Reflection;
using CityPartnerships.Domain.ActionAreas;
using CityPartnerships.Domain.Projects;

namespace CityPartnerships.UnitTests.Projects;

public class ProjectTests
{
    private const int PartnershipId = 7;

    private static readonly DateOnly _start = new(2026, 3, 1);
    private static readonly DateOnly _end = new(2027, 2, 28);
    private static readonly DateOnly _deadline = new(2026, 1, 31);

    private static Project NewProject(string title = "Climate partnership Bonn–Cape Coast") => new(PartnershipId, title);

    /// <summary>A project with every field filled in, to check that refused changes leave it alone.</summary>
    private static Project FilledProject()
    {
        var project = NewProject();
        project.UpdateDetails("Heat action plan", "Shared heat action plan.", ProjectStatus.Applied, PartnerCommitment.High, _start, _end);
        project.SetFunding("Engagement Global / SKEW", "Municipal Climate Partnerships", 45_000m, "EUR", _deadline);
        return project;
    }

    private static string Snapshot(Project p) =>
        $"{p.Title}|{p.Description}|{p.Status}|{p.PartnerCommitment}|{p.StartsOn}|{p.EndsOn}|{p.Funder}|{p.Programme}|{p.Amount}|{p.Currency}|{p.ApplicationDeadline}";

    /// <summary>An action area as loaded from the database, where it has its key.</summary>
    private static ActionArea StoredActionArea(int id, string name)
    {
        var area = new ActionArea(name, $"{name} between cities.");
        typeof(ActionArea).GetProperty(nameof(ActionArea.Id), BindingFlags.Public | BindingFlags.Instance)!.SetValue(area, id);
        return area;
    }

    [Fact]
    public void A_new_project_is_an_idea_in_euros_with_nothing_else_filled_in()
    {
        var project = NewProject("  Heat action plan  ");

        Assert.Equal(PartnershipId, project.PartnershipId);
        Assert.Equal("Heat action plan", project.Title);
        Assert.Equal(ProjectStatus.Idea, project.Status);
        Assert.Equal(PartnerCommitment.Unknown, project.PartnerCommitment);
        Assert.Equal("EUR", project.Currency);
        Assert.Null(project.Amount);
        Assert.Null(project.Funder);
        Assert.Null(project.ApplicationDeadline);
        Assert.Empty(project.ActionAreas);
        Assert.False(project.IsFundingSecured);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_new_project_needs_a_title(string? title)
    {
        var exception = DomainAssert.Throws("Project.Title.Required", () => new Project(PartnershipId, title!));

        Assert.Equal("title", exception.ParamName);
    }

    [Fact]
    public void A_title_of_the_maximum_length_is_accepted_and_one_longer_is_refused()
    {
        Assert.Equal(Project.TitleMaxLength, NewProject(new string('t', Project.TitleMaxLength)).Title.Length);

        var exception = DomainAssert.Throws("Project.Title.TooLong", () => NewProject(new string('t', Project.TitleMaxLength + 1)));
        Assert.Equal("title", exception.ParamName);
    }

    [Fact]
    public void Updating_the_details_keeps_them_trimmed()
    {
        var project = NewProject();

        project.UpdateDetails(" Water partnership ", "  Wells and pumps.  ", ProjectStatus.Approved, PartnerCommitment.Medium, _start, _end);

        Assert.Equal("Water partnership", project.Title);
        Assert.Equal("Wells and pumps.", project.Description);
        Assert.Equal(ProjectStatus.Approved, project.Status);
        Assert.Equal(PartnerCommitment.Medium, project.PartnerCommitment);
        Assert.Equal(_start, project.StartsOn);
        Assert.Equal(_end, project.EndsOn);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void A_blank_description_is_stored_as_none(string? description)
    {
        var project = FilledProject();

        project.UpdateDetails("Heat action plan", description, ProjectStatus.Idea, PartnerCommitment.Unknown, null, null);

        Assert.Null(project.Description);
    }

    [Fact]
    public void Updating_the_title_to_blank_is_refused()
    {
        var project = FilledProject();

        var exception = DomainAssert.Throws("Project.Title.Required",
            () => project.UpdateDetails(" ", null, ProjectStatus.Idea, PartnerCommitment.Unknown, null, null));

        Assert.Equal("title", exception.ParamName);
    }

    [Fact]
    public void A_description_longer_than_the_maximum_is_refused()
    {
        var project = NewProject();
        project.UpdateDetails("Title", new string('d', Project.DescriptionMaxLength), ProjectStatus.Idea, PartnerCommitment.Unknown, null, null);

        var exception = DomainAssert.Throws("Project.Description.TooLong", () => project.UpdateDetails("Title",
            new string('d', Project.DescriptionMaxLength + 1), ProjectStatus.Idea, PartnerCommitment.Unknown, null, null));

        Assert.Equal("description", exception.ParamName);
    }

    [Fact]
    public void An_unknown_status_is_refused()
    {
        var exception = DomainAssert.Throws("Project.Status.Unknown",
            () => NewProject().UpdateDetails("Title", null, (ProjectStatus)99, PartnerCommitment.Unknown, null, null));

        Assert.Equal("status", exception.ParamName);
    }

    [Fact]
    public void An_unknown_partner_commitment_is_refused()
    {
        var exception = DomainAssert.Throws("Project.PartnerCommitment.Unknown",
            () => NewProject().UpdateDetails("Title", null, ProjectStatus.Idea, (PartnerCommitment)99, null, null));

        Assert.Equal("partnerCommitment", exception.ParamName);
    }

    [Fact]
    public void A_project_cannot_end_before_it_starts()
    {
        var exception = DomainAssert.Throws("Project.EndBeforeStart",
            () => NewProject().UpdateDetails("Title", null, ProjectStatus.Idea, PartnerCommitment.Unknown, _start, _start.AddDays(-1)));

        Assert.Equal("endsOn", exception.ParamName);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(false, false)]
    public void A_project_may_end_on_the_day_it_starts_or_leave_either_date_open(bool withStart, bool withEnd)
    {
        var project = NewProject();

        project.UpdateDetails("Title", null, ProjectStatus.Idea, PartnerCommitment.Unknown, withStart ? _start : null, withEnd ? _start : null);

        Assert.Equal(withStart ? _start : null, project.StartsOn);
        Assert.Equal(withEnd ? _start : null, project.EndsOn);
    }

    [Fact]
    public void A_refused_update_of_the_details_leaves_the_project_unchanged()
    {
        var project = FilledProject();
        var before = Snapshot(project);

        Assert.Throws<Domain.Common.DomainException>(
            () => project.UpdateDetails("New title", "New text", ProjectStatus.Approved, PartnerCommitment.Low, _end, _start));

        Assert.Equal(before, Snapshot(project));
    }

    [Fact]
    public void Setting_the_funding_keeps_it_trimmed()
    {
        var project = NewProject();

        project.SetFunding("  BMZ ", " Nakopa ", 45_000.50m, "EUR", _deadline);

        Assert.Equal("BMZ", project.Funder);
        Assert.Equal("Nakopa", project.Programme);
        Assert.Equal(45_000.50m, project.Amount);
        Assert.Equal("EUR", project.Currency);
        Assert.Equal(_deadline, project.ApplicationDeadline);
    }

    [Fact]
    public void Blank_funding_fields_are_stored_as_none()
    {
        var project = FilledProject();

        project.SetFunding(" ", "", null, null, null);

        Assert.Null(project.Funder);
        Assert.Null(project.Programme);
        Assert.Null(project.Amount);
        Assert.Null(project.ApplicationDeadline);
    }

    [Theory]
    [InlineData("eur", "EUR")]
    [InlineData(" usd ", "USD")]
    [InlineData("Chf", "CHF")]
    [InlineData(null, "EUR")]
    [InlineData("", "EUR")]
    [InlineData("   ", "EUR")]
    public void The_currency_is_stored_as_an_upper_case_code_and_defaults_to_euros(string? typed, string stored)
    {
        var project = NewProject();

        project.SetFunding(null, null, 100m, typed, null);

        Assert.Equal(stored, project.Currency);
    }

    [Theory]
    [InlineData("EURO")]
    [InlineData("€")]
    [InlineData("EU")]
    [InlineData("E1R")]
    [InlineData("E R")]
    [InlineData("ÄÖÜ")]
    public void A_currency_that_is_not_three_letters_is_refused(string currency)
    {
        var exception = DomainAssert.Throws("Project.Currency.Invalid", () => NewProject().SetFunding(null, null, 100m, currency, null));

        Assert.Equal("currency", exception.ParamName);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("0.01")]
    [InlineData("1000000000")]
    public void An_amount_from_zero_to_the_maximum_is_accepted(string amount)
    {
        var value = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture);
        var project = NewProject();

        project.SetFunding(null, null, value, "EUR", null);

        Assert.Equal(value, project.Amount);
    }

    [Theory]
    [InlineData("-0.01")]
    [InlineData("-45000")]
    [InlineData("1000000000.01")]
    public void A_negative_or_too_large_amount_is_refused(string amount)
    {
        var value = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture);

        var exception = DomainAssert.Throws("Project.Amount.OutOfRange", () => NewProject().SetFunding(null, null, value, "EUR", null));

        Assert.Equal("amount", exception.ParamName);
    }

    [Fact]
    public void A_funder_or_programme_longer_than_the_maximum_is_refused()
    {
        var project = NewProject();
        project.SetFunding(new string('f', Project.FunderMaxLength), new string('p', Project.ProgrammeMaxLength), null, null, null);

        var funder = DomainAssert.Throws("Project.Funder.TooLong",
            () => project.SetFunding(new string('f', Project.FunderMaxLength + 1), null, null, null, null));
        var programme = DomainAssert.Throws("Project.Programme.TooLong",
            () => project.SetFunding(null, new string('p', Project.ProgrammeMaxLength + 1), null, null, null));

        Assert.Equal("funder", funder.ParamName);
        Assert.Equal("programme", programme.ParamName);
    }

    [Theory]
    [InlineData("-1", "EUR")]
    [InlineData("100", "EURO")]
    public void A_refused_funding_change_leaves_the_project_unchanged(string amount, string currency)
    {
        var project = FilledProject();
        var before = Snapshot(project);

        Assert.Throws<Domain.Common.DomainException>(() => project.SetFunding("Own budget", "New programme",
            decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), currency, _deadline.AddDays(10)));

        Assert.Equal(before, Snapshot(project));
    }

    [Theory]
    [InlineData(ProjectStatus.Idea, false)]
    [InlineData(ProjectStatus.Applied, false)]
    [InlineData(ProjectStatus.Approved, true)]
    [InlineData(ProjectStatus.Rejected, false)]
    [InlineData(ProjectStatus.Completed, true)]
    public void Funding_is_secured_once_approved(ProjectStatus status, bool secured)
    {
        var project = NewProject();

        project.UpdateDetails("Title", null, status, PartnerCommitment.Unknown, null, null);

        Assert.Equal(secured, project.IsFundingSecured);
    }

    [Fact]
    public void Action_areas_replace_the_previous_ones_and_count_once_each()
    {
        var climate = StoredActionArea(1, "Climate");
        var health = StoredActionArea(2, "Health");
        var project = NewProject();
        project.SetActionAreas([climate]);

        project.SetActionAreas([health, StoredActionArea(2, "Health"), health]);

        Assert.Equal([2], project.ActionAreas.Select(a => a.Id));
    }
}
