namespace CityPartnerships.Web.Figures;

/// <summary>One labelled count in a bar list (see _Bars.cshtml).</summary>
public sealed record Bar(string Label, int Count);
