namespace CityPartnerships.Domain.Common;

/// <summary>
/// Every code a <see cref="DomainException"/> can carry, one class per entity. The portal shows each code as the
/// resource "DomainError.{code}"; a unit test enumerates this class and fails when either language lacks one, so a
/// new rule gets its code here and its texts in both resource files. The values are stable: pages and tests match
/// on them.
/// </summary>
public static class ErrorCodes
{
    public static class AccessibilityFeedback
    {
        public static readonly RequiredTextCodes Problem = new("AccessibilityFeedback.Problem");
        public static readonly OptionalTextCodes Page = new("AccessibilityFeedback.Page");
        public static readonly OptionalTextCodes Name = new("AccessibilityFeedback.Name");
        public const string EmailInvalid = "AccessibilityFeedback.Email.Invalid";
    }

    public static class ActionArea
    {
        public static readonly RequiredTextCodes Name = new("ActionArea.Name");
        public static readonly RequiredTextCodes GermanName = new("ActionArea.GermanName");
        public static readonly RequiredTextCodes Description = new("ActionArea.Description");
        public static readonly OptionalTextCodes Benefits = new("ActionArea.Benefits");
        public static readonly OptionalTextCodes Suggestions = new("ActionArea.Suggestions");
        public static readonly RequiredTextCodes GermanDescription = new("ActionArea.GermanDescription");
        public static readonly OptionalTextCodes GermanBenefits = new("ActionArea.GermanBenefits");
        public static readonly OptionalTextCodes GermanSuggestions = new("ActionArea.GermanSuggestions");
        public const string FeaturedTwice = "ActionArea.Featured.Twice";
    }

    /// <summary>A date as a user or a file writes it (see <see cref="PartialDate.TryParse"/>).</summary>
    public static class DateText
    {
        public const string Unreadable = "DateText.Unreadable";
        public const string AmbiguousDayMonth = "DateText.AmbiguousDayMonth";
        public const string TwoDigitYear = "DateText.TwoDigitYear";
        public const string YearOutOfRange = "DateText.YearOutOfRange";
        public const string NoSuchDay = "DateText.NoSuchDay";
    }

    /// <summary>Climate indicators, their data sets and climate twinnings.</summary>
    public static class Climate
    {
        public const string OutOfRange = "Climate.OutOfRange";
        public const string TemperaturesInconsistent = "Climate.Temperatures.Inconsistent";
        public const string PrecipitationInconsistent = "Climate.Precipitation.Inconsistent";
        public const string PeriodInvalid = "Climate.Period.Invalid";
        public const string ScenarioRequired = "Climate.Scenario.Required";
        public const string ScenarioInvalid = "Climate.Scenario.Invalid";
        public const string ScenarioForPresent = "Climate.Scenario.ForPresent";
        public const string TwinOfItself = "Climate.TwinOfItself";
        public static readonly OptionalTextCodes Derivation = new("Climate.Derivation");
        public static readonly RequiredTextCodes DataSetName = new("Climate.DataSetName");
        public static readonly RequiredTextCodes Citation = new("Climate.Citation");
        public static readonly OptionalTextCodes Licence = new("Climate.Licence");
        public static readonly OptionalTextCodes Url = new("Climate.Url");
        public static readonly RequiredTextCodes Horizon = new("Climate.Horizon");
        public static readonly RequiredTextCodes Source = new("Climate.Source");
    }

    /// <summary>Partner suggestions a city dismissed, and the "cities seeking cities" board.</summary>
    public static class Suggestions
    {
        public const string OwnCity = "Suggestions.OwnCity";
        public static readonly RequiredTextCodes DismissedBy = new("Suggestions.DismissedBy");
    }

    /// <summary>Posts on the "cities seeking cities" board and their replies.</summary>
    public static class PartnerSearch
    {
        public const string UntilInPast = "PartnerSearch.Until.InPast";
        public const string OwnPost = "PartnerSearch.OwnPost";
        public const string NotOpen = "PartnerSearch.NotOpen";
        public const string Closed = "PartnerSearch.Closed";
        public const string CountryUnknown = "PartnerSearch.Country.Unknown";
        public const string CountryOutsideRegion = "PartnerSearch.Country.OutsideRegion";
        public const string KindInvalid = "PartnerSearch.Kind.Invalid";
        public const string RegionInvalid = "PartnerSearch.Region.Invalid";
        public const string ActionAreaUnknown = "PartnerSearch.ActionArea.Unknown";
        public const string ContactEmailInvalid = "PartnerSearch.ContactEmail.Invalid";
        public static readonly RequiredTextCodes Text = new("PartnerSearch.Text");
        public static readonly RequiredTextCodes PostedBy = new("PartnerSearch.PostedBy");
        public static readonly RequiredTextCodes Reason = new("PartnerSearch.Reason");
        public static readonly RequiredTextCodes ReplyText = new("PartnerSearch.ReplyText");
        public static readonly RequiredTextCodes ContactName = new("PartnerSearch.ContactName");
        public static readonly RequiredTextCodes ContactEmail = new("PartnerSearch.ContactEmail");
    }

    /// <summary>An editable content page (the five solutions, the outlook).</summary>
    public static class ContentPage
    {
        public const string SlugInvalid = "ContentPage.Slug.Invalid";
        public const string SectionUnknown = "ContentPage.Section.Unknown";
        public static readonly RequiredTextCodes Title = new("ContentPage.Title");
        public static readonly RequiredTextCodes GermanTitle = new("ContentPage.GermanTitle");
        public static readonly RequiredTextCodes Body = new("ContentPage.Body");
        public static readonly RequiredTextCodes GermanBody = new("ContentPage.GermanBody");
    }

    public static class Activity
    {
        public const string KindUnknown = "Activity.Kind.Unknown";
        public const string EndBeforeStart = "Activity.EndBeforeStart";
        public const string ParticipantsOutOfRange = "Activity.Participants.OutOfRange";
        public static readonly RequiredTextCodes Title = new("Activity.Title");
        public static readonly OptionalTextCodes Place = new("Activity.Place");
        public static readonly OptionalTextCodes Description = new("Activity.Description");
    }

    public static class BestPractice
    {
        public const string CityRequired = "BestPractice.City.Required";
        public const string ActionAreaRequired = "BestPractice.ActionArea.Required";
        public const string EditPublished = "BestPractice.EditPublished";
        public const string EditSubmitted = "BestPractice.EditSubmitted";
        public const string SubmitNotDraft = "BestPractice.SubmitNotDraft";
        public const string Incomplete = "BestPractice.Incomplete";
        public const string ContactRequired = "BestPractice.Contact.Required";
        public const string ContactEmailInvalid = "BestPractice.ContactEmail.Invalid";
        public const string PublishNotSubmitted = "BestPractice.PublishNotSubmitted";
        public const string ReviewNotSubmitted = "BestPractice.ReviewNotSubmitted";
        public const string CriteriaNotMet = "BestPractice.CriteriaNotMet";
        public const string LanguageUnknown = "BestPractice.Language.Unknown";
        public const string LastText = "BestPractice.LastText";
        public const string SdgOutOfRange = "BestPractice.Sdg.OutOfRange";
        public const string TooManyLinks = "BestPractice.Links.TooMany";
        public const string LinkInvalid = "BestPractice.Link.Invalid";
        public const string TooManyPictures = "BestPractice.Pictures.TooMany";
        public const string PictureEmpty = "BestPractice.Picture.Empty";
        public const string PictureTooLarge = "BestPractice.Picture.TooLarge";
        public const string PictureType = "BestPractice.Picture.Type";
        public const string AdoptNotPublished = "BestPractice.Adopt.NotPublished";
        public const string AdoptOwn = "BestPractice.Adopt.Own";
        public const string AlreadyAdopted = "BestPractice.Adopt.Already";
        public const string AdoptPartnership = "BestPractice.Adopt.Partnership";
        public static readonly RequiredTextCodes PictureAltText = new("BestPractice.Picture.AltText");
        public static readonly OptionalTextCodes ContactName = new("BestPractice.ContactName");
        public static readonly OptionalTextCodes ReviewComment = new("BestPractice.ReviewComment");
        public const string ReviewCommentRequired = "BestPractice.ReviewComment.Required";
        public static readonly OptionalTextCodes AdoptionOutcome = new("BestPractice.AdoptionOutcome");

        public static readonly RequiredTextCodes Title = new("BestPractice.Title");
        public static readonly RequiredTextCodes Summary = new("BestPractice.Summary");
        public static readonly OptionalTextCodes Challenge = new("BestPractice.Challenge");
        public static readonly OptionalTextCodes Approach = new("BestPractice.Approach");
        public static readonly OptionalTextCodes Results = new("BestPractice.Results");
        public static readonly OptionalTextCodes Costs = new("BestPractice.Costs");
        public static readonly OptionalTextCodes Transferability = new("BestPractice.Transferability");
        public static readonly OptionalTextCodes Partners = new("BestPractice.Partners");
    }

    /// <summary>The capacity self-assessment: its questions and a city's answers.</summary>
    public static class Capacity
    {
        public const string DimensionUnknown = "Capacity.Dimension.Unknown";
        public const string PositionOutOfRange = "Capacity.Position.OutOfRange";
        public const string WeightOutOfRange = "Capacity.Weight.OutOfRange";
        public const string NoQuestions = "Capacity.NoQuestions";
        public const string QuestionRetired = "Capacity.QuestionRetired";
        public const string Unanswered = "Capacity.Unanswered";
        public const string AnswerUnknown = "Capacity.Answer.Unknown";
        public static readonly RequiredTextCodes Text = new("Capacity.Text");
        public static readonly RequiredTextCodes GermanText = new("Capacity.GermanText");
        public static readonly RequiredTextCodes Recommendation = new("Capacity.Recommendation");
        public static readonly RequiredTextCodes GermanRecommendation = new("Capacity.GermanRecommendation");
        public static readonly OptionalTextCodes SolutionSlug = new("Capacity.SolutionSlug");
    }

    public static class City
    {
        public const string CountryCodeUnknown = "City.CountryCode.Unknown";
        public const string CoordinatesIncomplete = "City.Coordinates.Incomplete";
        public const string LatitudeOutOfRange = "City.Latitude.OutOfRange";
        public const string LongitudeOutOfRange = "City.Longitude.OutOfRange";
        public const string PopulationOutOfRange = "City.Population.OutOfRange";
        public const string GeoNameIdInvalid = "City.GeoNameId.Invalid";
        public const string HasPartnerships = "City.Delete.HasPartnerships";
        public const string InUse = "City.Delete.InUse";
        public const string NotAddedByHand = "City.NotAddedByHand";
        public const string MergeIntoItself = "City.Merge.Itself";
        public static readonly RequiredTextCodes Name = new("City.Name");
        public static readonly OptionalTextCodes Region = new("City.Region");
        public static readonly PlainTextCodes NameCharacters = new("City.Name");
        public static readonly PlainTextCodes RegionCharacters = new("City.Region");
    }

    public static class Contact
    {
        public const string CityNotInPartnership = "Contact.CityNotInPartnership";
        public const string EmailInvalid = "Contact.Email.Invalid";
        public const string PhoneInvalid = "Contact.Phone.Invalid";
        public const string LanguageUnknown = "Contact.Language.Unknown";
        public const string TooManyLanguages = "Contact.Languages.TooMany";
        public static readonly RequiredTextCodes Name = new("Contact.Name");
        public static readonly OptionalTextCodes Organisation = new("Contact.Organisation");
        public static readonly OptionalTextCodes Role = new("Contact.Role");
        public static readonly OptionalTextCodes Phone = new("Contact.Phone");
    }

    /// <summary>An agreement document (the signed partnership agreement and its annexes).</summary>
    public static class Document
    {
        public const string NameRequired = "Document.Name.Required";
        public const string TypeNotAllowed = "Document.Type.NotAllowed";
        public const string Empty = "Document.Empty";
        public const string TooLarge = "Document.TooLarge";
    }

    public static class Network
    {
        public static readonly RequiredTextCodes Name = new("Network.Name");
        public static readonly OptionalTextCodes Acronym = new("Network.Acronym");
        public static readonly PlainTextCodes NameCharacters = new("Network.Name");
        public static readonly PlainTextCodes AcronymCharacters = new("Network.Acronym");
        public static readonly OptionalTextCodes GermanName = new("Network.GermanName");
        public static readonly OptionalTextCodes GermanAcronym = new("Network.GermanAcronym");
        public static readonly PlainTextCodes GermanNameCharacters = new("Network.GermanName");
        public static readonly PlainTextCodes GermanAcronymCharacters = new("Network.GermanAcronym");
    }

    public static class Partnership
    {
        public const string SameCity = "Partnership.SameCity";
        public const string KindUnknown = "Partnership.Kind.Unknown";
        public const string StatusUnknown = "Partnership.Status.Unknown";
        public const string EndBeforeStart = "Partnership.EndBeforeStart";
        public const string EndedWithoutDate = "Partnership.EndedWithoutDate";
        public const string EndDateWhileOngoing = "Partnership.EndDateWhileOngoing";
        public const string AlreadyDeleted = "Partnership.AlreadyDeleted";
        public const string NotDeleted = "Partnership.NotDeleted";
        public const string DuplicateActive = "Partnership.DuplicateActive";
        public static readonly OptionalTextCodes Description = new("Partnership.Description");
    }

    public static class Project
    {
        public const string StatusUnknown = "Project.Status.Unknown";
        public const string PartnerCommitmentUnknown = "Project.PartnerCommitment.Unknown";
        public const string EndBeforeStart = "Project.EndBeforeStart";
        public const string AmountOutOfRange = "Project.Amount.OutOfRange";
        public const string CurrencyInvalid = "Project.Currency.Invalid";
        public static readonly RequiredTextCodes Title = new("Project.Title");
        public static readonly OptionalTextCodes Description = new("Project.Description");
        public static readonly OptionalTextCodes Funder = new("Project.Funder");
        public static readonly OptionalTextCodes Programme = new("Project.Programme");
    }

    public static class Time
    {
        public const string NotUtc = "Time.NotUtc";
    }

    /// <summary>A city's international affairs unit.</summary>
    public static class Unit
    {
        public const string KindUnknown = "Unit.Kind.Unknown";
        public const string StaffFteOutOfRange = "Unit.StaffFte.OutOfRange";
        public const string AnnualBudgetOutOfRange = "Unit.AnnualBudget.OutOfRange";
        public const string ContactEmailInvalid = "Unit.ContactEmail.Invalid";
        public static readonly RequiredTextCodes Name = new("Unit.Name");
    }
}

/// <summary>The codes of a text that must be given: <see cref="Required"/> when it is empty, <see cref="TooLong"/> over its limit.</summary>
public sealed record RequiredTextCodes(string Field)
{
    public string Required { get; } = $"{Field}.Required";

    public string TooLong { get; } = $"{Field}.TooLong";
}

/// <summary>The code of a text that may be left empty: only <see cref="TooLong"/>, over its limit.</summary>
public sealed record OptionalTextCodes(string Field)
{
    public string TooLong { get; } = $"{Field}.TooLong";
}

/// <summary>
/// The codes of a name shown in lists, exports and other people's screens: <see cref="Invisible"/> for control and
/// bidirectional override characters, <see cref="Markup"/> for angle brackets, <see cref="FormulaStart"/> for a first
/// character a spreadsheet runs as a formula.
/// </summary>
public sealed record PlainTextCodes(string Field)
{
    public string Invisible { get; } = $"{Field}.Invisible";

    public string Markup { get; } = $"{Field}.Markup";

    public string FormulaStart { get; } = $"{Field}.FormulaStart";
}
