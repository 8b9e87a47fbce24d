using CityPartnerships.Domain.Cities;

namespace CityPartnerships.UnitTests.Cities;

/// <summary>The unit's constructor is internal, so these go through <see cref="City.SetUpInternationalAffairsUnit"/>.</summary>
public class InternationalAffairsUnitTests
{
    private static InternationalAffairsUnit SetUp(string name = "Office for International Affairs",
        UnitKind kind = UnitKind.Office, decimal staffFte = 2.5m, decimal? annualBudget = 150_000m,
        string? contactEmail = "international@bonn.de", bool hasAdoptedInternationalStrategy = false) =>
        new City("Bonn", "DE").SetUpInternationalAffairsUnit(name, kind, staffFte, annualBudget, contactEmail,
            hasAdoptedInternationalStrategy);

    [Fact]
    public void A_new_unit_keeps_its_details()
    {
        var unit = SetUp("  Office for International Affairs  ", UnitKind.MayorsOffice, 2.5m, 150_000m,
            "international@bonn.de", hasAdoptedInternationalStrategy: true);

        Assert.Equal("Office for International Affairs", unit.Name);
        Assert.Equal(UnitKind.MayorsOffice, unit.Kind);
        Assert.Equal(2.5m, unit.StaffFte);
        Assert.Equal(150_000m, unit.AnnualBudgetEur);
        Assert.Equal("international@bonn.de", unit.ContactEmail);
        Assert.True(unit.HasAdoptedInternationalStrategy);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_unit_needs_a_name(string? name)
    {
        var exception = DomainAssert.Throws("Unit.Name.Required", () => SetUp(name: name!));

        Assert.Equal("name", exception.ParamName);
    }

    [Fact]
    public void A_name_longer_than_the_maximum_is_refused()
    {
        var name = new string('u', InternationalAffairsUnit.NameMaxLength + 1);

        var exception = DomainAssert.Throws("Unit.Name.TooLong", () => SetUp(name: name));

        Assert.Equal("name", exception.ParamName);
    }

    [Theory]
    [InlineData(99)]
    [InlineData(-1)]
    public void An_unknown_kind_of_unit_is_refused(int kind)
    {
        var exception = DomainAssert.Throws("Unit.Kind.Unknown", () => SetUp(kind: (UnitKind)kind));

        Assert.Equal("kind", exception.ParamName);
    }

    [Theory]
    [InlineData(UnitKind.Division)]
    [InlineData(UnitKind.Office)]
    [InlineData(UnitKind.Department)]
    [InlineData(UnitKind.MayorsOffice)]
    public void Every_defined_kind_of_unit_is_accepted(UnitKind kind)
    {
        var unit = SetUp(kind: kind);

        Assert.Equal(kind, unit.Kind);
    }

    public static TheoryData<decimal> StaffOutOfRange =>
        [-0.5m, -1m, InternationalAffairsUnit.MaxStaffFte + 0.5m, decimal.MaxValue];

    [Theory]
    [MemberData(nameof(StaffOutOfRange))]
    public void Staff_out_of_range_is_refused(decimal staffFte)
    {
        var exception = DomainAssert.Throws("Unit.StaffFte.OutOfRange", () => SetUp(staffFte: staffFte));

        Assert.Equal("staffFte", exception.ParamName);
    }

    public static TheoryData<decimal> StaffWithinRange => [0m, 0.5m, InternationalAffairsUnit.MaxStaffFte];

    [Theory]
    [MemberData(nameof(StaffWithinRange))]
    public void Staff_within_range_is_accepted(decimal staffFte)
    {
        var unit = SetUp(staffFte: staffFte);

        Assert.Equal(staffFte, unit.StaffFte);
    }

    public static TheoryData<decimal> BudgetOutOfRange =>
        [-0.01m, -1_000m, InternationalAffairsUnit.MaxAnnualBudget + 1m];

    [Theory]
    [MemberData(nameof(BudgetOutOfRange))]
    public void A_budget_out_of_range_is_refused(decimal annualBudget)
    {
        var exception = DomainAssert.Throws("Unit.AnnualBudget.OutOfRange", () => SetUp(annualBudget: annualBudget));

        Assert.Equal("annualBudget", exception.ParamName);
    }

    public static TheoryData<decimal> BudgetWithinRange => [0m, 150_000m, InternationalAffairsUnit.MaxAnnualBudget];

    [Theory]
    [MemberData(nameof(BudgetWithinRange))]
    public void A_budget_within_range_is_accepted(decimal annualBudget)
    {
        var unit = SetUp(annualBudget: annualBudget);

        Assert.Equal(annualBudget, unit.AnnualBudgetEur);
    }

    [Fact]
    public void The_budget_is_optional()
    {
        var unit = SetUp(annualBudget: null);

        Assert.Null(unit.AnnualBudgetEur);
    }

    [Theory]
    [InlineData("not-an-email")]
    [InlineData("a@b")]
    [InlineData("Name <a@b.de>")]
    [InlineData("a b@c.de")]
    [InlineData("@bonn.de")]
    [InlineData("international@")]
    public void An_invalid_contact_email_is_refused(string contactEmail)
    {
        var exception = DomainAssert.Throws("Unit.ContactEmail.Invalid", () => SetUp(contactEmail: contactEmail));

        Assert.Equal("contactEmail", exception.ParamName);
    }

    [Theory]
    [InlineData("international@bonn.de", "international@bonn.de")]
    [InlineData("  europe@lyon.fr  ", "europe@lyon.fr")]
    [InlineData("first.last+partners@city.example.org", "first.last+partners@city.example.org")]
    public void A_valid_contact_email_is_kept(string given, string expected)
    {
        var unit = SetUp(contactEmail: given);

        Assert.Equal(expected, unit.ContactEmail);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_contact_email_is_stored_as_none(string? contactEmail)
    {
        var unit = SetUp(contactEmail: contactEmail);

        Assert.Null(unit.ContactEmail);
    }
}
