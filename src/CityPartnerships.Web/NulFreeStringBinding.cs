using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;

namespace CityPartnerships.Web;

/// <summary>
/// Removes NUL characters from every string bound from a request (query, form, route). Nobody types them, and
/// PostgreSQL refuses them in text, so a "%00" in a URL or form would otherwise end as an error page instead of a
/// search or a validation message.
/// </summary>
internal sealed class NulFreeStringBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.ModelType == typeof(string)
            ? new NulFreeStringBinder(new SimpleTypeModelBinder(typeof(string), context.Services.GetRequiredService<ILoggerFactory>()))
            : null;

    private sealed class NulFreeStringBinder(IModelBinder inner) : IModelBinder
    {
        public async Task BindModelAsync(ModelBindingContext bindingContext)
        {
            await inner.BindModelAsync(bindingContext);
            if (bindingContext.Result is { IsModelSet: true, Model: string text } && text.Contains('\0', StringComparison.Ordinal))
            {
                bindingContext.Result = ModelBindingResult.Success(text.Replace("\0", string.Empty, StringComparison.Ordinal));
            }
        }
    }
}
