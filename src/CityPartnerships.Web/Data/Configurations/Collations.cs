namespace CityPartnerships.Web.Data.Configurations;

/// <summary>Collations of text columns that users see sorted.</summary>
public static class Collations
{
    /// <summary>
    /// Names sort as readers expect ("Łódź", "Öhringen", "Özdemir" beside L and O, not after Z as in the database's
    /// byte order): the ICU root collation. It is deterministic, so equality, unique indexes and LIKE stay exact.
    /// </summary>
    public const string Names = "und-x-icu";
}
