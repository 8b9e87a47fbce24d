using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;

namespace CityPartnerships.Web;

/// <summary>
/// Lets a form with a tampered checkbox value (<c>IsInternal=yes</c>) be shown again with its field message. Model
/// binding reports the bad value, but a checkbox drawn from that model state converts the value again to decide
/// whether it is checked, and throws: an error page instead of the form. After a failed binding the attempted value
/// stays for the message, and the checkbox is drawn unchecked.
/// </summary>
internal sealed class CheckboxBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.UnderlyingOrModelType == typeof(bool)
            ? new CheckboxBinder(new SimpleTypeModelBinder(context.Metadata.ModelType, context.Services.GetRequiredService<ILoggerFactory>()))
            : null;

    private sealed class CheckboxBinder(IModelBinder inner) : IModelBinder
    {
        public async Task BindModelAsync(ModelBindingContext bindingContext)
        {
            await inner.BindModelAsync(bindingContext);
            var state = bindingContext.ModelState;
            if (!bindingContext.Result.IsModelSet && state.TryGetValue(bindingContext.ModelName, out var entry) && entry.Errors.Count > 0)
            {
                state.SetModelValue(bindingContext.ModelName, rawValue: false, entry.AttemptedValue);
            }
        }
    }
}
