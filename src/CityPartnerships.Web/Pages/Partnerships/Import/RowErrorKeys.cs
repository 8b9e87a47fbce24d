namespace CityPartnerships.Web.Pages.Partnerships.Import;

/// <summary>
/// The resource keys of what can be wrong with one import row (<see cref="RowError.Key"/>). A rule of the domain
/// broken by a row is shown as "DomainError.{code}" instead. A unit test checks that both languages have every key.
/// </summary>
public static class RowErrorKeys
{
    public const string BadDate = "Import.Error.BadDate";
    public const string CityNotFound = "Import.Error.CityNotFound";
    public const string CityNotInCountry = "Import.Error.CityNotInCountry";
    public const string DuplicateExisting = "Import.Error.DuplicateExisting";
    public const string DuplicateInFile = "Import.Error.DuplicateInFile";
    public const string NotOwnCity = "Import.Error.NotOwnCity";
    public const string OwnCityAmbiguous = "Import.Error.OwnCityAmbiguous";
    public const string OwnCityRequired = "Import.Error.OwnCityRequired";
    public const string PartnerRequired = "Import.Error.PartnerRequired";
    public const string UnknownArea = "Import.Error.UnknownArea";
    public const string UnknownCountry = "Import.Error.UnknownCountry";
    public const string UnknownKind = "Import.Error.UnknownKind";
    public const string UnknownStatus = "Import.Error.UnknownStatus";
}
