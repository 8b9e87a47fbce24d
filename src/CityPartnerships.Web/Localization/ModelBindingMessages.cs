using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace CityPartnerships.Web.Localization;

/// <summary>The messages model binding writes itself (e.g. "abc" typed into a number field), in the user's language.</summary>
internal static class ModelBindingMessages
{
    public static void Localize(DefaultModelBindingMessageProvider provider, IStringLocalizer localizer)
    {
        provider.SetValueMustNotBeNullAccessor(_ => localizer["Validation.ValueRequired"]);
        provider.SetMissingBindRequiredValueAccessor(_ => localizer["Validation.ValueRequired"]);
        provider.SetMissingKeyOrValueAccessor(() => localizer["Validation.ValueRequired"]);
        provider.SetMissingRequestBodyRequiredValueAccessor(() => localizer["Validation.ValueRequired"]);
        provider.SetAttemptedValueIsInvalidAccessor((value, _) => localizer["Validation.InvalidValue", value]);
        provider.SetNonPropertyAttemptedValueIsInvalidAccessor(value => localizer["Validation.InvalidValue", value]);
        provider.SetUnknownValueIsInvalidAccessor(_ => localizer["Validation.InvalidValueUnknown"]);
        provider.SetNonPropertyUnknownValueIsInvalidAccessor(() => localizer["Validation.InvalidValueUnknown"]);
        provider.SetValueIsInvalidAccessor(value => localizer["Validation.InvalidValue", value]);
        provider.SetValueMustBeANumberAccessor(_ => localizer["Validation.MustBeNumber"]);
        provider.SetNonPropertyValueMustBeANumberAccessor(() => localizer["Validation.MustBeNumber"]);
    }
}
