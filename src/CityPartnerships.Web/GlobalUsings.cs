// The namespaces nearly every page model and feature class uses.
global using CityPartnerships.Web.Authorization;
global using CityPartnerships.Web.Data;
global using CityPartnerships.Web.Localization;
global using Microsoft.AspNetCore.Mvc;
global using Microsoft.AspNetCore.Mvc.RazorPages;
global using Microsoft.AspNetCore.Mvc.Rendering;
global using Microsoft.EntityFrameworkCore;
global using Microsoft.Extensions.Localization;
