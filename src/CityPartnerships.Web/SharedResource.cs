namespace CityPartnerships.Web;

/// <summary>Anchor for the portal's strings in Resources/SharedResource(.de).resx.</summary>
public sealed class SharedResource;
