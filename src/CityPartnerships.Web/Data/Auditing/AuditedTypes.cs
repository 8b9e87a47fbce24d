using System.Collections.Frozen;
using CityPartnerships.Domain.BestPractices;
using CityPartnerships.Domain.Cities;
using CityPartnerships.Domain.Common;
using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Domain.Projects;
using CityPartnerships.Web.Identity;
using Microsoft.AspNetCore.Identity;
using ActionAreaRecord = CityPartnerships.Domain.ActionAreas.ActionArea;
using ActivityRecord = CityPartnerships.Domain.Activities.Activity;
using AgreementDocumentRecord = CityPartnerships.Domain.Partnerships.AgreementDocument;
using BestPracticeAdoptionRecord = CityPartnerships.Domain.BestPractices.BestPracticeAdoption;
using BestPracticePictureRecord = CityPartnerships.Domain.BestPractices.BestPracticePicture;
using BestPracticeRecord = CityPartnerships.Domain.BestPractices.BestPractice;
using BestPracticeReviewRecord = CityPartnerships.Domain.BestPractices.BestPracticeReview;
using BestPracticeTextRecord = CityPartnerships.Domain.BestPractices.BestPracticeText;
using CityRecord = CityPartnerships.Domain.Cities.City;
using ContactRecord = CityPartnerships.Domain.Contacts.Contact;
using ContentPageRecord = CityPartnerships.Domain.ContentPages.ContentPage;
using NetworkRecord = CityPartnerships.Domain.Networks.Network;
using PartnershipRecord = CityPartnerships.Domain.Partnerships.Partnership;
using ProjectRecord = CityPartnerships.Domain.Projects.Project;
using UnitRecord = CityPartnerships.Domain.Cities.InternationalAffairsUnit;

namespace CityPartnerships.Web.Data.Auditing;

/// <summary>
/// What the history records, in one place. The names are stored with every entry and GDPR erasure finds a person's
/// entries by them, so they are fixed strings, not class names: renaming a class must not orphan its history.
/// </summary>
public static class AuditedTypes
{
    public const string Partnership = "Partnership";
    public const string Activity = "Activity";
    public const string Project = "Project";
    public const string Contact = "Contact";
    public const string AgreementDocument = "AgreementDocument";
    public const string InternationalAffairsUnit = "InternationalAffairsUnit";
    public const string City = "City";
    public const string BestPractice = "BestPractice";
    public const string BestPracticeText = "BestPracticeText";
    public const string BestPracticeReview = "BestPracticeReview";
    public const string BestPracticePicture = "BestPracticePicture";
    public const string BestPracticeAdoption = "BestPracticeAdoption";
    public const string ActionArea = "ActionArea";
    public const string ContentPage = "ContentPage";
    public const string Network = "Network";
    public const string User = "User";

    public static IReadOnlyList<AuditedType> All { get; } =
    [
        new(Partnership, typeof(PartnershipRecord))
        {
            // The cities are fixed and named on the record.
            Ignored = [nameof(PartnershipRecord.CityId), nameof(PartnershipRecord.PartnerCityId), nameof(PartnershipRecord.CreatedAt)],
            // The precisions are no longer recorded on their own (PartialDates), but entries written before still name them.
            EnumFields = Enums((nameof(PartnershipRecord.Kind), nameof(PartnershipKind)), (nameof(PartnershipRecord.Status), nameof(PartnershipStatus)),
                (nameof(PartnershipRecord.StartedOnPrecision), nameof(DatePrecision)), (nameof(PartnershipRecord.EndedOnPrecision), nameof(DatePrecision))),
            PartialDates = new Dictionary<string, string>
            {
                [nameof(PartnershipRecord.StartedOn)] = nameof(PartnershipRecord.StartedOnPrecision),
                [nameof(PartnershipRecord.EndedOn)] = nameof(PartnershipRecord.EndedOnPrecision),
            }.ToFrozenDictionary(),
            State = new(nameof(PartnershipRecord.DeletedAt), AuditAction.Deleted, AuditAction.Restored),
        },
        new(Activity, typeof(ActivityRecord))
        {
            ScopeType = Partnership,
            ScopeKey = nameof(ActivityRecord.PartnershipId),
            EnumFields = Enums((nameof(ActivityRecord.Kind), nameof(Domain.Activities.ActivityKind))),
            NumberFields = [nameof(ActivityRecord.Participants)],
        },
        new(Project, typeof(ProjectRecord))
        {
            ScopeType = Partnership,
            ScopeKey = nameof(ProjectRecord.PartnershipId),
            EnumFields = Enums((nameof(ProjectRecord.Status), nameof(ProjectStatus)), (nameof(ProjectRecord.PartnerCommitment), nameof(PartnerCommitment))),
            NumberFields = [nameof(ProjectRecord.Amount)],
        },
        new(Contact, typeof(ContactRecord))
        {
            ScopeType = Partnership,
            ScopeKey = nameof(ContactRecord.PartnershipId),
            AllPersonal = true,
            Ignored = [nameof(ContactRecord.CityId)],
        },
        new(AgreementDocument, typeof(AgreementDocumentRecord))
        {
            ScopeType = Partnership,
            ScopeKey = nameof(AgreementDocumentRecord.PartnershipId),
            Ignored = [nameof(AgreementDocumentRecord.Content)],
            NumberFields = [nameof(AgreementDocumentRecord.SizeBytes)],
        },
        new(InternationalAffairsUnit, typeof(UnitRecord))
        {
            ScopeType = City,
            ScopeKey = nameof(UnitRecord.CityId),
            // A unit's address is often a person's own.
            PersonalFields = [nameof(UnitRecord.ContactEmail)],
            EnumFields = Enums((nameof(UnitRecord.Kind), nameof(UnitKind))),
            NumberFields = [nameof(UnitRecord.StaffFte), nameof(UnitRecord.AnnualBudgetEur)],
        },
        new(City, typeof(CityRecord))
        {
            // Derived from the country, and the gazetteer's technical link.
            Ignored = [nameof(CityRecord.IsInGlobalSouth), nameof(CityRecord.GeoNameId)],
            NumberFields = [nameof(CityRecord.Population)],
            CountryFields = [nameof(CityRecord.CountryCode)],
        },
        new(BestPractice, typeof(BestPracticeRecord))
        {
            EnumFields = Enums((nameof(BestPracticeRecord.Status), nameof(BestPracticeStatus))),
            PersonalFields = [nameof(BestPracticeRecord.ContactName), nameof(BestPracticeRecord.ContactEmail)],
        },
        new(BestPracticeText, typeof(BestPracticeTextRecord))
        {
            ScopeType = BestPractice,
            ScopeKey = nameof(BestPracticeTextRecord.BestPracticeId),
            Ignored = [PracticePlainText.Column], // a copy of the fields, for the library's snippets
        },
        new(BestPracticeReview, typeof(BestPracticeReviewRecord))
        {
            ScopeType = BestPractice,
            ScopeKey = nameof(BestPracticeReviewRecord.BestPracticeId),
            EnumFields = Enums((nameof(BestPracticeReviewRecord.Decision), nameof(ReviewDecision))),
        },
        new(BestPracticePicture, typeof(BestPracticePictureRecord))
        {
            ScopeType = BestPractice,
            ScopeKey = nameof(BestPracticePictureRecord.BestPracticeId),
            Ignored = [nameof(BestPracticePictureRecord.Content)],
            NumberFields = [nameof(BestPracticePictureRecord.SizeBytes)],
        },
        new(BestPracticeAdoption, typeof(BestPracticeAdoptionRecord))
        {
            ScopeType = BestPractice,
            ScopeKey = nameof(BestPracticeAdoptionRecord.BestPracticeId),
        },
        new(ActionArea, typeof(ActionAreaRecord)),
        new(ContentPage, typeof(ContentPageRecord)),
        new(Network, typeof(NetworkRecord)),
        new(User, typeof(ApplicationUser))
        {
            PersonalFields =
            [
                nameof(ApplicationUser.Email), nameof(ApplicationUser.UserName), nameof(ApplicationUser.DisplayName),
                nameof(ApplicationUser.PhoneNumber), nameof(ApplicationUser.PasswordHash),
            ],
            // Copies in upper case, the stamp that ends sessions, failed sign-ins (the lock they lead to is recorded),
            // Identity's switch that lets lockout apply at all (on for every account; the lock itself is recorded), and
            // the language mails are written in (it follows the language switch).
            Ignored =
            [
                nameof(ApplicationUser.NormalizedEmail), nameof(ApplicationUser.NormalizedUserName), nameof(ApplicationUser.SecurityStamp),
                nameof(ApplicationUser.AccessFailedCount), nameof(ApplicationUser.CreatedAt), nameof(ApplicationUser.LockoutEnabled),
                nameof(ApplicationUser.Language),
            ],
            EnumFields = Enums((UserRoleField, "Role")),
            State = new(nameof(ApplicationUser.LockoutEnd), AuditAction.Locked, AuditAction.Unlocked),
            Links = [new(typeof(IdentityUserRole<string>), UserRoleField)],
        },
    ];

    private const string UserRoleField = "Role";

    private static readonly FrozenDictionary<Type, AuditedType> _byClrType = All.ToFrozenDictionary(t => t.ClrType);
    private static readonly FrozenDictionary<string, AuditedType> _byName = All.ToFrozenDictionary(t => t.Name, StringComparer.Ordinal);

    public static AuditedType? For(Type clrType) => _byClrType.GetValueOrDefault(clrType);

    public static AuditedType? Named(string name) => _byName.GetValueOrDefault(name);

    private static FrozenDictionary<string, string> Enums(params (string Field, string ResourcePrefix)[] fields) =>
        fields.ToFrozenDictionary(f => f.Field, f => f.ResourcePrefix, StringComparer.Ordinal);
}

/// <summary>Everything the history needs to know about one audited type.</summary>
public sealed record AuditedType(string Name, Type ClrType)
{
    /// <summary>The type whose history shows this record's entries; the record's own type by default.</summary>
    public string ScopeType { get; init; } = Name;

    /// <summary>The property holding the key of the scope record; null when the scope is the record itself.</summary>
    public string? ScopeKey { get; init; }

    /// <summary>Every field is personal data: entries name the changed fields but never hold their values.</summary>
    public bool AllPersonal { get; init; }

    public IReadOnlyCollection<string> PersonalFields { get; init; } = [];

    /// <summary>Left out besides keys, the scope key, concurrency tokens and values the database computes.</summary>
    public IReadOnlyCollection<string> Ignored { get; init; } = [];

    /// <summary>Fields holding enum values, with the resource prefix of their names.</summary>
    public IReadOnlyDictionary<string, string> EnumFields { get; init; } = FrozenDictionary<string, string>.Empty;

    /// <summary>Fields shown as numbers in the reader's culture.</summary>
    public IReadOnlyCollection<string> NumberFields { get; init; } = [];

    /// <summary>Fields holding an ISO country code, shown as the country's name in the reader's language.</summary>
    public IReadOnlyCollection<string> CountryFields { get; init; } = [];

    /// <summary>
    /// Dates stored as a day and how precisely it is known (date field → precision field): recorded as one value the
    /// way it was entered ("2016", "2016-05", "2016-05-12"), and the precision field not on its own.
    /// </summary>
    public IReadOnlyDictionary<string, string> PartialDates { get; init; } = FrozenDictionary<string, string>.Empty;

    /// <summary>A time whose being set or cleared is the event itself (deleted/restored, locked/unlocked).</summary>
    public AuditStateField? State { get; init; }

    /// <summary>
    /// Link rows without a navigation that are shown as one field of the record (a user's roles). Many-to-many
    /// navigations, such as action areas, need no entry: they are read from the EF model.
    /// </summary>
    public IReadOnlyList<AuditLink> Links { get; init; } = [];

    public bool IsPersonal(string field) => AllPersonal || PersonalFields.Contains(field);
}

public sealed record AuditStateField(string Field, AuditAction Set, AuditAction Cleared);

public sealed record AuditLink(Type LinkType, string Field);
