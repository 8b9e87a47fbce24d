using System.Reflection;
using CityPartnerships.Domain.ActionAreas;
using CityPartnerships.Domain.Activities;

namespace CityPartnerships.UnitTests.Activities;

public class ActivityTests
{
    private const int PartnershipId = 42;

    private static readonly DateOnly _start = new(2026, 5, 4);
    private static readonly DateOnly _end = new(2026, 5, 8);

    private static Activity NewActivity(ActivityKind kind = ActivityKind.IncomingDelegation, string title = "Delegation from Lyon",
        DateOnly? startsOn = null, DateOnly? endsOn = null, string? place = "Town hall", int? participants = 12,
        string? description = "Meetings on climate action.") =>
        new(PartnershipId, kind, title, startsOn ?? _start, endsOn, place, participants, description);

    /// <summary>An action area as loaded from the database, where it has its key.</summary>
    private static ActionArea StoredActionArea(int id, string name)
    {
        var area = new ActionArea(name, $"{name} between cities.");
        typeof(ActionArea).GetProperty(nameof(ActionArea.Id), BindingFlags.Public | BindingFlags.Instance)!
            .SetValue(area, id);
        return area;
    }

    [Fact]
    public void A_new_activity_keeps_its_details()
    {
        var activity = NewActivity(ActivityKind.YouthExchange, "Summer camp", _start, _end, "Lyon", 30, "Two weeks of sport and language.");

        Assert.Equal(PartnershipId, activity.PartnershipId);
        Assert.Equal(ActivityKind.YouthExchange, activity.Kind);
        Assert.Equal("Summer camp", activity.Title);
        Assert.Equal(_start, activity.StartsOn);
        Assert.Equal(_end, activity.EndsOn);
        Assert.Equal("Lyon", activity.Place);
        Assert.Equal(30, activity.Participants);
        Assert.Equal("Two weeks of sport and language.", activity.Description);
        Assert.Empty(activity.ActionAreas);
    }

    [Fact]
    public void Texts_are_trimmed_and_empty_optional_texts_become_empty()
    {
        var activity = NewActivity(title: "  Visit  ", place: "   ", description: "");

        Assert.Equal("Visit", activity.Title);
        Assert.Null(activity.Place);
        Assert.Null(activity.Description);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_title_is_required(string title)
    {
        var exception = DomainAssert.Throws("Activity.Title.Required", () => NewActivity(title: title));

        Assert.Equal("title", exception.ParamName);
    }

    [Fact]
    public void A_title_of_the_maximum_length_is_accepted_and_a_longer_one_refused()
    {
        Assert.Equal(Activity.TitleMaxLength, NewActivity(title: new string('t', Activity.TitleMaxLength)).Title.Length);

        var exception = DomainAssert.Throws("Activity.Title.TooLong", () => NewActivity(title: new string('t', Activity.TitleMaxLength + 1)));

        Assert.Equal("title", exception.ParamName);
    }

    [Fact]
    public void A_place_longer_than_the_limit_is_refused()
    {
        var exception = DomainAssert.Throws("Activity.Place.TooLong", () => NewActivity(place: new string('p', Activity.PlaceMaxLength + 1)));

        Assert.Equal("place", exception.ParamName);
    }

    [Fact]
    public void A_description_longer_than_the_limit_is_refused()
    {
        var exception = DomainAssert.Throws("Activity.Description.TooLong",
            () => NewActivity(description: new string('d', Activity.DescriptionMaxLength + 1)));

        Assert.Equal("description", exception.ParamName);
    }

    [Fact]
    public void An_activity_cannot_end_before_it_starts()
    {
        var exception = DomainAssert.Throws("Activity.EndBeforeStart", () => NewActivity(startsOn: _start, endsOn: _start.AddDays(-1)));

        Assert.Equal("endsOn", exception.ParamName);
    }

    [Fact]
    public void An_activity_may_start_and_end_on_the_same_day()
    {
        var activity = NewActivity(startsOn: _start, endsOn: _start);

        Assert.Equal(_start, activity.EndsOn);
    }

    [Fact]
    public void An_activity_without_an_end_date_is_accepted()
    {
        Assert.Null(NewActivity(endsOn: null).EndsOn);
    }

    [Fact]
    public void A_negative_number_of_participants_is_refused()
    {
        var exception = DomainAssert.Throws("Activity.Participants.OutOfRange", () => NewActivity(participants: -1));

        Assert.Equal("participants", exception.ParamName);
    }

    [Fact]
    public void More_participants_than_the_maximum_are_refused()
    {
        DomainAssert.Throws("Activity.Participants.OutOfRange", () => NewActivity(participants: Activity.MaxParticipants + 1));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(Activity.MaxParticipants)]
    public void Participants_from_zero_to_the_maximum_are_accepted(int participants)
    {
        Assert.Equal(participants, NewActivity(participants: participants).Participants);
    }

    [Fact]
    public void An_unknown_number_of_participants_is_accepted()
    {
        Assert.Null(NewActivity(participants: null).Participants);
    }

    [Fact]
    public void An_unknown_kind_is_refused()
    {
        var exception = DomainAssert.Throws("Activity.Kind.Unknown", () => NewActivity(kind: (ActivityKind)99));

        Assert.Equal("kind", exception.ParamName);
    }

    [Fact]
    public void Updating_replaces_all_details()
    {
        var activity = NewActivity();

        activity.UpdateDetails(ActivityKind.Conference, "Urban climate summit", _start, _end, "Krakow", 250, "Panel on heat plans.");

        Assert.Equal(ActivityKind.Conference, activity.Kind);
        Assert.Equal("Urban climate summit", activity.Title);
        Assert.Equal(_end, activity.EndsOn);
        Assert.Equal("Krakow", activity.Place);
        Assert.Equal(250, activity.Participants);
        Assert.Equal("Panel on heat plans.", activity.Description);
    }

    [Theory]
    [InlineData("Activity.Title.Required")]
    [InlineData("Activity.Title.TooLong")]
    [InlineData("Activity.Place.TooLong")]
    [InlineData("Activity.Description.TooLong")]
    [InlineData("Activity.EndBeforeStart")]
    [InlineData("Activity.Participants.OutOfRange")]
    [InlineData("Activity.Kind.Unknown")]
    public void A_refused_update_leaves_the_activity_unchanged(string brokenRule)
    {
        var activity = NewActivity(ActivityKind.IncomingDelegation, "Delegation from Lyon", _start, _end, "Town hall", 12, "Meetings.");
        // Every other value changes, so a partly applied update would show.
        var (kind, title, startsOn, endsOn, place, participants, description) =
            (ActivityKind.Event, "Changed", _start.AddDays(1), (DateOnly?)_end.AddDays(1), "Elsewhere", (int?)5, "Changed.");
        switch (brokenRule)
        {
            case "Activity.Title.Required": title = " "; break;
            case "Activity.Title.TooLong": title = new string('t', Activity.TitleMaxLength + 1); break;
            case "Activity.Place.TooLong": place = new string('p', Activity.PlaceMaxLength + 1); break;
            case "Activity.Description.TooLong": description = new string('d', Activity.DescriptionMaxLength + 1); break;
            case "Activity.EndBeforeStart": endsOn = startsOn.AddDays(-1); break;
            case "Activity.Participants.OutOfRange": participants = -5; break;
            default: kind = (ActivityKind)99; break;
        }

        DomainAssert.Throws(brokenRule, () => activity.UpdateDetails(kind, title, startsOn, endsOn, place, participants, description));

        Assert.Equal(ActivityKind.IncomingDelegation, activity.Kind);
        Assert.Equal("Delegation from Lyon", activity.Title);
        Assert.Equal(_start, activity.StartsOn);
        Assert.Equal(_end, activity.EndsOn);
        Assert.Equal("Town hall", activity.Place);
        Assert.Equal(12, activity.Participants);
        Assert.Equal("Meetings.", activity.Description);
    }

    [Fact]
    public void The_same_action_area_is_kept_once()
    {
        var activity = NewActivity();
        var climate = new ActionArea("Climate action", "Climate action between cities.");

        activity.SetActionAreas([climate, climate]);

        Assert.Same(climate, Assert.Single(activity.ActionAreas));
    }

    [Fact]
    public void Action_areas_with_the_same_id_are_kept_once()
    {
        var activity = NewActivity();

        activity.SetActionAreas([StoredActionArea(7, "Climate action"), StoredActionArea(7, "Climate action")]);

        Assert.Equal(7, Assert.Single(activity.ActionAreas).Id);
    }

    [Fact]
    public void Different_new_action_areas_are_all_kept()
    {
        var activity = NewActivity();

        activity.SetActionAreas([new ActionArea("Climate action", "Climate."), new ActionArea("Culture", "Culture.")]);

        Assert.Equal(2, activity.ActionAreas.Count);
    }

    [Fact]
    public void Setting_action_areas_replaces_the_previous_ones()
    {
        var activity = NewActivity();
        activity.SetActionAreas([StoredActionArea(1, "Climate action"), StoredActionArea(2, "Culture")]);
        var youth = StoredActionArea(3, "Youth");

        activity.SetActionAreas([youth]);

        Assert.Same(youth, Assert.Single(activity.ActionAreas));
    }
}
