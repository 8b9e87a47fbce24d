using CityPartnerships.Domain.Accessibility;
using CityPartnerships.Domain.ActionAreas;
using CityPartnerships.Domain.Activities;
using CityPartnerships.Domain.BestPractices;
using CityPartnerships.Domain.Capacity;
using CityPartnerships.Domain.Cities;
using CityPartnerships.Domain.Climate;
using CityPartnerships.Domain.Contacts;
using CityPartnerships.Domain.ContentPages;
using CityPartnerships.Domain.Networks;
using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Domain.Projects;
using CityPartnerships.Domain.Suggestions;
using CityPartnerships.Web.Data.Auditing;
using CityPartnerships.Web.Identity;
using CityPartnerships.Web.Search;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CityPartnerships.Web.Data;

// A new migration after a model change (run from the repository root):
//   dotnet ef migrations add <Name> --project src/CityPartnerships.Web --output-dir Data/Migrations
public sealed class AppDbContext(DbContextOptions<AppDbContext> options)
    : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    /// <summary>The history a save is about to write (see <see cref="AuditInterceptor"/>); empty between saves.</summary>
    internal PendingAudit PendingAudit { get; } = new();

    public DbSet<City> Cities => Set<City>();

    public DbSet<CityName> CityNames => Set<CityName>();

    public DbSet<InternationalAffairsUnit> InternationalAffairsUnits => Set<InternationalAffairsUnit>();

    public DbSet<Partnership> Partnerships => Set<Partnership>();

    public DbSet<ActionArea> ActionAreas => Set<ActionArea>();

    public DbSet<BestPractice> BestPractices => Set<BestPractice>();

    public DbSet<BestPracticeText> BestPracticeTexts => Set<BestPracticeText>();

    public DbSet<BestPracticeAdoption> BestPracticeAdoptions => Set<BestPracticeAdoption>();

    public DbSet<ContentPage> ContentPages => Set<ContentPage>();

    public DbSet<AccessibilityFeedback> AccessibilityFeedback => Set<AccessibilityFeedback>();

    public DbSet<CapacityQuestion> CapacityQuestions => Set<CapacityQuestion>();

    public DbSet<CapacityAssessment> CapacityAssessments => Set<CapacityAssessment>();

    public DbSet<Activity> Activities => Set<Activity>();

    public DbSet<Project> Projects => Set<Project>();

    public DbSet<Contact> Contacts => Set<Contact>();

    public DbSet<Network> Networks => Set<Network>();

    public DbSet<AgreementDocument> AgreementDocuments => Set<AgreementDocument>();

    public DbSet<CityClimate> CityClimates => Set<CityClimate>();

    public DbSet<ClimateDataSet> ClimateDataSets => Set<ClimateDataSet>();

    public DbSet<ClimateTwinning> ClimateTwinnings => Set<ClimateTwinning>();

    public DbSet<DismissedSuggestion> DismissedSuggestions => Set<DismissedSuggestion>();

    public DbSet<PartnerSearch> PartnerSearches => Set<PartnerSearch>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<SecurityEventEntry> SecurityEvents => Set<SecurityEventEntry>();

    public DbSet<Features.Jobs.JobRun> JobRuns => Set<Features.Jobs.JobRun>();

    public DbSet<Features.Mail.PendingMail> PendingMails => Set<Features.Mail.PendingMail>();

    // Every context translates City.NameIn, writes the practices' plain text and fixes page sizes in the SQL: the pooled one gets them where it is
    // registered (pooled options cannot be changed here), a context built by hand (tests, tools) here.
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        var interceptors = optionsBuilder.Options.FindExtension<CoreOptionsExtension>()?.Interceptors;
        if (interceptors?.Contains(CityNameTranslation.Instance) != true)
        {
            optionsBuilder.AddInterceptors(CityNameTranslation.Instance);
        }

        if (interceptors?.Contains(PracticePlainText.Instance) != true)
        {
            optionsBuilder.AddInterceptors(PracticePlainText.Instance);
        }

        if (interceptors?.Contains(Paging.FixedLimit.Instance) != true)
        {
            optionsBuilder.AddInterceptors(Paging.FixedLimit.Instance);
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasPostgresExtension("unaccent");
        builder.HasPostgresExtension("pg_trgm");
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        builder.HasDbFunction(typeof(SearchText).GetMethod(nameof(SearchText.Unaccent))!);
        builder.HasDbFunction(typeof(SearchText).GetMethod(nameof(SearchText.Lower))!);
    }
}
