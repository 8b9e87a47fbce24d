using CityPartnerships.Domain.BestPractices;

namespace CityPartnerships.UnitTests.BestPractices;

public class BestPracticeTests
{
    private const int CityId = 4;
    private const int ActionAreaId = 2;

    private static readonly DateTime _publishedAt = new(2026, 2, 1, 9, 30, 0, DateTimeKind.Utc);

    private static BestPractice NewDraft() =>
        new("Youth exchange with Lyon", CityId, ActionAreaId, "Each summer, 30 pupils spend two weeks in the other city.");

    private static BestPractice Submitted()
    {
        var example = NewDraft();
        example.Submit();
        return example;
    }

    private static BestPractice Published()
    {
        var example = Submitted();
        example.Publish(_publishedAt);
        return example;
    }

    [Fact]
    public void A_new_example_is_a_draft_with_its_details()
    {
        var example = new BestPractice("  Youth exchange  ", CityId, ActionAreaId, "  Pupils visit each other.  ");

        Assert.Equal(BestPracticeStatus.Draft, example.Status);
        Assert.Equal("Youth exchange", example.Title);
        Assert.Equal(CityId, example.CityId);
        Assert.Equal(ActionAreaId, example.ActionAreaId);
        Assert.Equal("Pupils visit each other.", example.Summary);
        Assert.Null(example.PublishedAt);
    }

    [Fact]
    public void Submitting_a_draft_makes_it_submitted()
    {
        var example = NewDraft();

        example.Submit();

        Assert.Equal(BestPracticeStatus.Submitted, example.Status);
    }

    [Fact]
    public void An_example_cannot_be_submitted_twice()
    {
        var example = Submitted();

        DomainAssert.Throws("BestPractice.SubmitNotDraft", example.Submit);
        Assert.Equal(BestPracticeStatus.Submitted, example.Status);
    }

    [Fact]
    public void A_published_example_cannot_be_submitted()
    {
        var example = Published();

        DomainAssert.Throws("BestPractice.SubmitNotDraft", example.Submit);
        Assert.Equal(BestPracticeStatus.Published, example.Status);
    }

    [Fact]
    public void A_draft_cannot_be_published()
    {
        var example = NewDraft();

        DomainAssert.Throws("BestPractice.PublishNotSubmitted", () => example.Publish(_publishedAt));
        Assert.Equal(BestPracticeStatus.Draft, example.Status);
        Assert.Null(example.PublishedAt);
    }

    [Fact]
    public void A_published_example_cannot_be_published_again()
    {
        var example = Published();

        DomainAssert.Throws("BestPractice.PublishNotSubmitted", () => example.Publish(_publishedAt.AddDays(1)));
        Assert.Equal(_publishedAt, example.PublishedAt);
    }

    [Fact]
    public void Publishing_a_submitted_example_records_when()
    {
        var example = Submitted();

        example.Publish(_publishedAt);

        Assert.Equal(BestPracticeStatus.Published, example.Status);
        Assert.Equal(_publishedAt, example.PublishedAt);
    }

    [Theory]
    [InlineData(DateTimeKind.Unspecified)]
    [InlineData(DateTimeKind.Local)]
    public void Publishing_with_a_time_not_in_utc_is_refused(DateTimeKind kind)
    {
        var example = Submitted();
        var notUtc = DateTime.SpecifyKind(_publishedAt, kind);

        DomainAssert.Throws("Time.NotUtc", () => example.Publish(notUtc));
        Assert.Equal(BestPracticeStatus.Submitted, example.Status);
        Assert.Null(example.PublishedAt);
    }

    [Fact]
    public void Editing_a_draft_replaces_its_details()
    {
        var example = NewDraft();

        example.Edit("  Climate twinning  ", 5, " Shared heat plans. ");

        Assert.Equal("Climate twinning", example.Title);
        Assert.Equal(5, example.ActionAreaId);
        Assert.Equal("Shared heat plans.", example.Summary);
    }

    [Fact]
    public void A_published_example_cannot_be_edited()
    {
        var example = Published();

        DomainAssert.Throws("BestPractice.EditPublished", () => example.Edit("New title", ActionAreaId, "New summary."));
        Assert.Equal("Youth exchange with Lyon", example.Title);
    }

    [Fact]
    public void Returning_a_published_example_to_draft_clears_its_publication_and_allows_editing()
    {
        var example = Published();

        example.ReturnToDraft();

        Assert.Equal(BestPracticeStatus.Draft, example.Status);
        Assert.Null(example.PublishedAt);

        example.Edit("Youth exchange, revised", ActionAreaId, "Now with three cities.");
        Assert.Equal("Youth exchange, revised", example.Title);
    }

    [Fact]
    public void A_returned_example_can_go_through_submission_again()
    {
        var example = Published();
        example.ReturnToDraft();
        var republishedAt = _publishedAt.AddMonths(1);

        example.Submit();
        example.Publish(republishedAt);

        Assert.Equal(BestPracticeStatus.Published, example.Status);
        Assert.Equal(republishedAt, example.PublishedAt);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void An_example_needs_an_action_area(int actionAreaId)
    {
        var exception = DomainAssert.Throws("BestPractice.ActionArea.Required",
            () => new BestPractice("Youth exchange", CityId, actionAreaId, "Pupils visit each other."));

        Assert.Equal("actionAreaId", exception.ParamName);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void An_example_needs_a_title(string? title)
    {
        var exception = DomainAssert.Throws("BestPractice.Title.Required",
            () => new BestPractice(title!, CityId, ActionAreaId, "Pupils visit each other."));

        Assert.Equal("title", exception.ParamName);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void An_example_needs_a_summary(string? summary)
    {
        var exception = DomainAssert.Throws("BestPractice.Summary.Required",
            () => new BestPractice("Youth exchange", CityId, ActionAreaId, summary!));

        Assert.Equal("summary", exception.ParamName);
    }

    [Fact]
    public void A_title_longer_than_the_maximum_is_refused()
    {
        var title = new string('t', BestPractice.TitleMaxLength + 1);

        var exception = DomainAssert.Throws("BestPractice.Title.TooLong",
            () => new BestPractice(title, CityId, ActionAreaId, "Pupils visit each other."));

        Assert.Equal("title", exception.ParamName);
    }

    [Fact]
    public void A_summary_longer_than_the_maximum_is_refused()
    {
        var summary = new string('s', BestPractice.SummaryMaxLength + 1);

        var exception = DomainAssert.Throws("BestPractice.Summary.TooLong",
            () => new BestPractice("Youth exchange", CityId, ActionAreaId, summary));

        Assert.Equal("summary", exception.ParamName);
    }
}
