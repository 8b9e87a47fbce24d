using CityPartnerships.Domain.Common;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CityPartnerships.Web.Localization;

public static class DomainErrors
{
    /// <summary>
    /// Shows a broken domain rule in the user's language next to the field it is about (the exception's parameter
    /// name, e.g. "endedOn" → "Input.EndedOn"), or above the form when it concerns no single field.
    /// </summary>
    public static void AddDomainError(this ModelStateDictionary modelState, DomainException error, IStringLocalizer localizer,
        string prefix = "Input")
    {
        var text = Message(error, localizer);
        var key = string.IsNullOrEmpty(error.ParamName)
            ? string.Empty
            : $"{prefix}.{char.ToUpperInvariant(error.ParamName[0])}{error.ParamName[1..]}";
        modelState.AddModelError(key, text);
    }

    /// <summary>
    /// A broken domain rule in the user's language. Every code in ErrorCodes has a text in both languages (a unit test
    /// checks); the exception's own English text is only a last resort.
    /// </summary>
    public static string Message(DomainException error, IStringLocalizer localizer)
    {
        var message = localizer[$"DomainError.{error.Code}"];
        return message.ResourceNotFound ? error.Message : message.Value;
    }
}
