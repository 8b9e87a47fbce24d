using Microsoft.EntityFrameworkCore.Design;

namespace CityPartnerships.Web.Data;

/// <summary>Lets `dotnet ef` build the model without starting the app or reaching a database.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>()
            .UseNpgsql("Host=localhost;Database=citypartnerships_design")
            .Options;
        return new AppDbContext(options);
    }
}
