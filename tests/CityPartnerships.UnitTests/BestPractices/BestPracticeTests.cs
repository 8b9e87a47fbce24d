using CityPartnerships.Domain.ActionAreas;
using CityPartnerships.Domain.BestPractices;

namespace CityPartnerships.UnitTests.BestPractices;

public class BestPracticeTests
{
    private const int CityId = 4;
    private const string Reviewer = "Anna Admin";

    private static readonly DateTime _at = new(2026, 2, 1, 9, 30, 0, DateTimeKind.Utc);
    private static readonly ReviewCriteria _allMet = new(true, true, true, true);

    private static readonly BestPracticeTextInput _complete = new("Youth exchange with Lyon", "Each summer, 30 pupils spend two weeks in the other city.",
        "Few pupils ever went abroad.", "A two-week exchange each summer.", "300 pupils in ten years.", "12,000 € a year.",
        "A partner school in each city.", "Lycée du Parc, Lyon");

    private static ActionArea Area(int id)
    {
        var area = new ActionArea($"Area {id}", "Description.");
        typeof(ActionArea).GetProperty(nameof(ActionArea.Id))!.SetValue(area, id);
        return area;
    }

    private static BestPractice NewDraft() => new(CityId, ContentLanguage.English, new("Youth exchange with Lyon", "Pupils visit each other."));

    private static BestPractice Complete()
    {
        var practice = new BestPractice(CityId, ContentLanguage.English, _complete);
        practice.SetActionAreas([Area(2)]);
        practice.SetContact("Jana Novak", "jana.novak@example.org");
        return practice;
    }

    private static BestPractice Submitted()
    {
        var practice = Complete();
        practice.Submit(_at);
        return practice;
    }

    private static BestPractice Published()
    {
        var practice = Submitted();
        practice.Publish(_allMet, null, Reviewer, _at);
        return practice;
    }

    [Fact]
    public void A_new_practice_is_a_draft_with_its_first_language_version()
    {
        var practice = new BestPractice(CityId, ContentLanguage.German, new("  Jugendaustausch  ", "  Schüler besuchen sich.  "));

        Assert.Equal(BestPracticeStatus.Draft, practice.Status);
        var text = Assert.Single(practice.Texts);
        Assert.Equal((ContentLanguage.German, "Jugendaustausch", "Schüler besuchen sich."), (text.Language, text.Title, text.Summary));
        Assert.Null(practice.PublishedAt);
    }

    [Fact]
    public void A_practice_in_a_language_other_than_german_or_english_is_refused()
    {
        DomainAssert.Throws("BestPractice.Language.Unknown", () => new BestPractice(CityId, "fr", new("Échange", "Des élèves.")));
    }

    [Fact]
    public void A_complete_practice_with_an_area_and_a_contact_can_be_submitted()
    {
        var practice = Complete();

        practice.Submit(_at);

        Assert.Equal((BestPracticeStatus.Submitted, _at), (practice.Status, practice.SubmittedAt));
    }

    [Fact]
    public void A_draft_missing_parts_of_the_template_cannot_be_submitted()
    {
        var practice = NewDraft();
        practice.SetActionAreas([Area(2)]);
        practice.SetContact("Jana Novak", null);

        DomainAssert.Throws("BestPractice.Incomplete", () => practice.Submit(_at));
        Assert.Equal(BestPracticeStatus.Draft, practice.Status);
    }

    [Fact]
    public void Every_language_version_must_be_complete_before_submitting()
    {
        var practice = Complete();
        practice.SetText(ContentLanguage.German, new("Jugendaustausch", "Schüler besuchen sich."));

        DomainAssert.Throws("BestPractice.Incomplete", () => practice.Submit(_at));
    }

    [Fact]
    public void A_practice_needs_an_action_area_and_a_contact_person_before_submitting()
    {
        var practice = new BestPractice(CityId, ContentLanguage.English, _complete);
        practice.SetContact("Jana Novak", null);
        Assert.Equal("AreaIds", DomainAssert.Throws("BestPractice.ActionArea.Required", () => practice.Submit(_at)).ParamName);

        practice.SetActionAreas([Area(2)]);
        practice.SetContact(null, null);
        DomainAssert.Throws("BestPractice.Contact.Required", () => practice.Submit(_at));
    }

    [Fact]
    public void A_submitted_practice_can_be_neither_edited_nor_submitted_again()
    {
        var practice = Submitted();

        DomainAssert.Throws("BestPractice.EditSubmitted", () => practice.SetText(ContentLanguage.English, _complete));
        DomainAssert.Throws("BestPractice.SubmitNotDraft", () => practice.Submit(_at));
    }

    [Fact]
    public void Publishing_records_the_review_and_when()
    {
        var practice = Submitted();

        var review = practice.Publish(_allMet, "Well documented.", Reviewer, _at);

        Assert.Equal((BestPracticeStatus.Published, _at), (practice.Status, practice.PublishedAt));
        Assert.Equal((ReviewDecision.Published, "Well documented.", Reviewer), (review.Decision, review.Comment, review.Reviewer));
        Assert.Single(practice.Reviews);
    }

    [Fact]
    public void A_practice_is_published_only_when_every_criterion_is_met()
    {
        var practice = Submitted();

        DomainAssert.Throws("BestPractice.CriteriaNotMet", () => practice.Publish(_allMet with { Evidence = false }, null, Reviewer, _at));
        Assert.Equal(BestPracticeStatus.Submitted, practice.Status);
    }

    [Fact]
    public void A_draft_cannot_be_published_or_reviewed()
    {
        var practice = Complete();

        DomainAssert.Throws("BestPractice.PublishNotSubmitted", () => practice.Publish(_allMet, null, Reviewer, _at));
        DomainAssert.Throws("BestPractice.ReviewNotSubmitted", () => practice.RequestChanges(_allMet, "More evidence.", Reviewer, _at));
    }

    [Fact]
    public void Requesting_changes_needs_a_comment_and_lets_the_city_edit_and_submit_again()
    {
        var practice = Submitted();
        DomainAssert.Throws("BestPractice.ReviewComment.Required", () => practice.RequestChanges(_allMet, "  ", Reviewer, _at));

        practice.RequestChanges(_allMet with { Evidence = false }, "Add figures on the results.", Reviewer, _at);
        Assert.Equal(BestPracticeStatus.ChangesRequested, practice.Status);

        practice.SetText(ContentLanguage.English, _complete with { Results = "312 pupils in ten years; survey attached." });
        practice.Submit(_at.AddDays(1));
        Assert.Equal(BestPracticeStatus.Submitted, practice.Status);
    }

    [Fact]
    public void A_published_practice_cannot_be_edited_until_withdrawn()
    {
        var practice = Published();

        DomainAssert.Throws("BestPractice.EditPublished", () => practice.SetSdgs([11]));

        practice.ReturnToDraft();
        practice.SetSdgs([11]);
        Assert.Equal((BestPracticeStatus.Draft, (DateTime?)null), (practice.Status, practice.PublishedAt));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(18)]
    public void Sdgs_are_numbered_1_to_17(int goal)
    {
        DomainAssert.Throws("BestPractice.Sdg.OutOfRange", () => NewDraft().SetSdgs([goal]));
    }

    [Fact]
    public void Sdgs_are_kept_once_and_in_order()
    {
        var practice = NewDraft();

        practice.SetSdgs([13, 11, 13]);

        Assert.Equal([11, 13], practice.Sdgs);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://example.org/file")]
    [InlineData("example.org")]
    public void Links_must_be_web_addresses(string link)
    {
        DomainAssert.Throws("BestPractice.Link.Invalid", () => NewDraft().SetLinks([link]));
    }

    [Fact]
    public void An_invalid_contact_email_is_refused_at_its_field()
    {
        var error = DomainAssert.Throws("BestPractice.ContactEmail.Invalid", () => NewDraft().SetContact("Jana", "not an address"));
        Assert.Equal("ContactEmail", error.ParamName);
    }

    [Fact]
    public void The_last_language_version_cannot_be_removed()
    {
        DomainAssert.Throws("BestPractice.LastText", () => NewDraft().RemoveText(ContentLanguage.English));
    }

    [Fact]
    public void The_version_in_the_readers_language_is_shown_and_the_other_stands_in()
    {
        var practice = NewDraft();

        Assert.Equal(ContentLanguage.English, practice.TextIn(ContentLanguage.German).Language);
        practice.SetText(ContentLanguage.German, new("Jugendaustausch mit Lyon", "Schüler besuchen sich."));
        Assert.Equal("Jugendaustausch mit Lyon", practice.TextIn(ContentLanguage.German).Title);
    }

    [Fact]
    public void A_picture_is_recognised_by_its_content_not_its_name()
    {
        var practice = NewDraft();
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0];
        byte[] script = "<script>alert(1)</script>"u8.ToArray();

        var picture = practice.AddPicture("photo.jpg", png, "Pupils in Lyon", _at, "Staff");

        Assert.Equal("image/png", picture.ContentType);
        DomainAssert.Throws("BestPractice.Picture.Type", () => practice.AddPicture("photo.png", script, "Pupils", _at, "Staff"));
    }

    [Fact]
    public void A_picture_needs_alt_text()
    {
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 0];

        DomainAssert.Throws("BestPractice.Picture.AltText.Required", () => NewDraft().AddPicture("photo.jpg", jpeg, " ", _at, "Staff"));
    }

    [Fact]
    public void A_picture_over_the_size_limit_is_refused()
    {
        var large = new byte[BestPracticePicture.MaxSizeBytes + 1];
        large[0] = 0xFF;
        large[1] = 0xD8;
        large[2] = 0xFF;

        DomainAssert.Throws("BestPractice.Picture.TooLarge", () => NewDraft().AddPicture("photo.jpg", large, "Pupils", _at, "Staff"));
    }

    [Fact]
    public void Another_city_adopts_a_published_practice_once()
    {
        var practice = Published();

        practice.Adopt(7, 99, "Staff", _at);

        Assert.Equal((7, 99), (practice.Adoptions.Single().CityId, practice.Adoptions.Single().ProjectId));
        DomainAssert.Throws("BestPractice.Adopt.Already", () => practice.Adopt(7, 100, "Staff", _at));
        DomainAssert.Throws("BestPractice.Adopt.Own", () => practice.Adopt(CityId, 101, "Staff", _at));
        DomainAssert.Throws("BestPractice.Adopt.NotPublished", () => Submitted().Adopt(7, 102, "Staff", _at));
    }
}
