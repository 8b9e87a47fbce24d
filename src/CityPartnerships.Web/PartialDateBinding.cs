using CityPartnerships.Domain.Common;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CityPartnerships.Web;

/// <summary>
/// Binds a <see cref="PartialDate"/> field from what the user typed ("1988", "05/1988", "12.05.1988"); text that is
/// no date, or whose day and month could be either way round, becomes a validation message in the user's language
/// and the typed text stays in the field.
/// </summary>
internal sealed class PartialDateBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.UnderlyingOrModelType == typeof(PartialDate) ? new PartialDateBinder() : null;

    private sealed class PartialDateBinder : IModelBinder
    {
        public Task BindModelAsync(ModelBindingContext bindingContext)
        {
            var value = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
            if (value == ValueProviderResult.None)
            {
                return Task.CompletedTask;
            }

            bindingContext.ModelState.SetModelValue(bindingContext.ModelName, value);
            var text = value.FirstValue?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                bindingContext.Result = ModelBindingResult.Success(null);
                return Task.CompletedTask;
            }

            if (PartialDate.TryParse(text, out var date, out var errorCode))
            {
                bindingContext.Result = ModelBindingResult.Success(date);
                return Task.CompletedTask;
            }

            var localizer = bindingContext.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, localizer[$"DomainError.{errorCode}"]);
            bindingContext.Result = ModelBindingResult.Failed();
            return Task.CompletedTask;
        }
    }
}
