using System.Linq.Expressions;
using System.Security.Claims;
using CityPartnerships.Domain.Partnerships;

namespace CityPartnerships.Web.Authorization;

/// <summary>
/// Who is asking, and what they may read and change. Every read and change in <c>Features/</c> takes the viewer and
/// applies these rules itself, so no page can forget them. Everyone signed in reads records that are not internal;
/// internal records only the two cities' users and admins. Staff change records that involve their own city; admins
/// change all; mayors' offices never change anything; the public (not signed in) reads what is not internal.
/// </summary>
public sealed record Viewer(int? CityId, bool IsAdmin, bool IsStaff)
{
    public static Viewer Anonymous { get; } = new(null, false, false);

    public static Viewer From(ClaimsPrincipal user) => user.Identity?.IsAuthenticated == true
        ? new(user.GetCityId(), user.IsInRole(Roles.AssociationAdmin), user.IsInRole(Roles.InternationalAffairsStaff))
        : Anonymous;

    public Expression<Func<Partnership, bool>> Readable()
    {
        if (IsAdmin)
        {
            return p => true;
        }

        var cityId = CityId ?? -1;
        return p => !p.IsInternal || p.CityId == cityId || p.PartnerCityId == cityId;
    }

    public bool CanRead(int cityId, int partnerCityId, bool isInternal) =>
        IsAdmin || !isInternal || Involves(cityId, partnerCityId);

    public bool CanChange(int cityId, int partnerCityId) => IsAdmin || (IsStaff && Involves(cityId, partnerCityId));

    /// <summary>Contacts are personal data: only the two cities' users and admins see them, whatever the record's status.</summary>
    public bool CanSeeContacts(int cityId, int partnerCityId) => IsAdmin || Involves(cityId, partnerCityId);

    /// <summary>Only staff log new partnerships, and only for their own city.</summary>
    public bool CanCreate => IsStaff && CityId is not null;

    /// <summary>Staff import their own city's list; admins any member city's, or an association's file.</summary>
    public bool CanImport => CanCreate || IsAdmin;

    /// <summary>A city's internal figures (dashboard, projects): its own staff and mayor's office, and admins.</summary>
    public bool CanSeeInternalFiguresOf(int cityId) => IsAdmin || CityId == cityId;

    /// <summary>Published practices are public; drafts and those in review only their city's users and admins read.</summary>
    public bool CanReadPractice(int cityId, bool isPublished) => isPublished || IsAdmin || CityId == cityId;

    /// <summary>Staff write their own city's practices; admins may correct any. Mayors' offices only read.</summary>
    public bool CanEditPractice(int cityId) => IsAdmin || (IsStaff && CityId == cityId);

    /// <summary>Only staff write new practices, for their own city.</summary>
    public bool CanWritePractices => IsStaff && CityId is not null;

    /// <summary>The association reviews, publishes and curates the library.</summary>
    public bool CanCurate => IsAdmin;

    /// <summary>
    /// A city's self-assessment is its own: only its staff and mayor's office read it. Nobody else, admins included,
    /// sees a city's answers; the association sees only the anonymous median.
    /// </summary>
    public bool CanReadCapacityOf(int cityId) => CityId == cityId;

    /// <summary>Staff assess their own city; mayors' offices read the result.</summary>
    public bool CanTakeCapacityAssessment => IsStaff && CityId is not null;

    /// <summary>A city's partner suggestions: its staff and mayor's office read them, only its staff dismiss them.</summary>
    public bool CanReadSuggestionsOf(int cityId) => CityId == cityId;

    public bool CanDismissSuggestionsOf(int cityId) => IsStaff && CityId == cityId;

    /// <summary>Staff post on the "cities seeking cities" board for their own city.</summary>
    public bool CanPostPartnerSearch => IsStaff && CityId is not null;

    /// <summary>Other cities' staff answer a post; a city does not answer its own.</summary>
    public bool CanReplyToPartnerSearchOf(int cityId) => IsStaff && CityId is { } own && own != cityId;

    /// <summary>The posting city's staff edit and close its post; admins moderate (hide, show again) but do not edit.</summary>
    public bool CanChangePartnerSearchOf(int cityId) => IsStaff && CityId == cityId;

    public bool CanModeratePartnerSearches => IsAdmin;

    /// <summary>
    /// A post's every reply (with its contact), its hidden state and the moderator's reason: the posting city (staff and
    /// mayor's office) and admins. A replying city reads only its own reply.
    /// </summary>
    public bool CanReadAllRepliesOf(int cityId) => IsAdmin || CityId == cityId;

    private bool Involves(int cityId, int partnerCityId) => CityId is { } own && (own == cityId || own == partnerCityId);
}
