namespace CityPartnerships.Web.Data;

/// <summary>
/// The database's schema is older than this release and the portal was told not to migrate it
/// (<c>Database:MigrateOnStartup</c> false, the production default). Serving anyway would answer most pages with an
/// error; the portal stays "not ready" instead and looks again until someone has applied the migrations.
/// </summary>
public sealed class PendingMigrationsException(IReadOnlyList<string> migrations)
    : Exception($"The database lacks {migrations.Count} migration(s) of this release ({string.Join(", ", migrations)}). "
        + "Apply them (Database__MigrateOnStartup=true on one instance, see docs/operations.md); the portal becomes ready once they are.")
{
    public IReadOnlyList<string> Migrations { get; } = migrations;
}
