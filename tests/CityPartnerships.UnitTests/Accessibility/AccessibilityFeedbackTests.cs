using CityPartnerships.Domain.Accessibility;
using CityPartnerships.Domain.Common;
using CityPartnerships.Web.Pages.Legal;

namespace CityPartnerships.UnitTests.Accessibility;

public sealed class AccessibilityFeedbackTests
{
    private static readonly DateTime _now = new(2026, 12, 2, 9, 30, 0, DateTimeKind.Utc);

    [Fact]
    public void Feedback_keeps_what_was_written_trimmed_and_leaves_out_what_was_not()
    {
        var feedback = new AccessibilityFeedback("  The map has no list.  ", " /Map ", "  ", null, "de", _now);

        Assert.Equal(("The map has no list.", "/Map", (string?)null, (string?)null, "de", false),
            (feedback.Problem, feedback.Page, feedback.Name, feedback.Email, feedback.Language, feedback.IsAnswered));
    }

    [Fact]
    public void A_description_of_the_problem_is_required_and_limited()
    {
        DomainAssert.Throws(ErrorCodes.AccessibilityFeedback.Problem.Required, () => new AccessibilityFeedback(" ", null, null, null, "en", _now));
        DomainAssert.Throws(ErrorCodes.AccessibilityFeedback.Problem.TooLong,
            () => new AccessibilityFeedback(new string('x', AccessibilityFeedback.ProblemMaxLength + 1), null, null, null, "en", _now));
    }

    [Theory]
    [InlineData("not-an-address")]
    [InlineData("Name <someone@example.org>")]
    public void An_e_mail_address_when_given_must_be_valid(string email) =>
        DomainAssert.Throws(ErrorCodes.AccessibilityFeedback.EmailInvalid, () => new AccessibilityFeedback("Problem", null, null, email, "en", _now));

    [Fact]
    public void Marking_answered_twice_keeps_the_first_answer()
    {
        var feedback = new AccessibilityFeedback("Problem", null, null, "a@example.org", "en", _now);

        feedback.MarkAnswered(_now.AddDays(1), "Anna");
        feedback.MarkAnswered(_now.AddDays(2), "Ben");

        Assert.Equal((_now.AddDays(1), "Anna"), (feedback.AnsweredAt!.Value, feedback.AnsweredBy));
    }

    [Fact]
    public void Erasing_the_sender_keeps_the_report()
    {
        var feedback = new AccessibilityFeedback("Problem", "/Map", "Sam", "sam@example.org", "en", _now);

        feedback.EraseSender();

        Assert.Equal(("Problem", "/Map", (string?)null, (string?)null), (feedback.Problem, feedback.Page, feedback.Name, feedback.Email));
    }

    [Theory]
    [InlineData("/", true)]
    [InlineData("/Partnerships/Index?p=2", true)]
    [InlineData("/Map#list", true)]
    [InlineData("//evil.example/x", false)]
    [InlineData("/\\evil.example/x", false)]
    [InlineData("https://evil.example/x", false)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("Map", false)]
    [InlineData("/Map page", false)]
    [InlineData("/Map\n", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Only_a_path_of_the_portal_counts_as_a_local_page(string? value, bool local) =>
        Assert.Equal(local, LegalPages.IsLocalPath(value));
}
