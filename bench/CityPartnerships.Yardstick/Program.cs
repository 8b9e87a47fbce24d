using System.Globalization;
using System.Net;
using System.Text;
using Npgsql;

// Environment: ConnectionStrings__Default, YARDSTICK_EMAIL (whose city and security stamp the statements use, as the
// portal does for a signed-in staff member), YARDSTICK_PAGE_BYTES (pad the page to the portal's size), URLS.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var connectionString = new NpgsqlConnectionStringBuilder(builder.Configuration.GetConnectionString("Default")
    ?? throw new InvalidOperationException("Set ConnectionStrings__Default."))
{
    MaxAutoPrepare = 100,
    AutoPrepareMinUsages = 2,
    NoResetOnClose = true,
}.ConnectionString;
var dataSource = NpgsqlDataSource.Create(connectionString);
var email = Environment.GetEnvironmentVariable("YARDSTICK_EMAIL") ?? "duesseldorf.staff@example.org";
var pageBytes = int.TryParse(Environment.GetEnvironmentVariable("YARDSTICK_PAGE_BYTES"), CultureInfo.InvariantCulture, out var bytes) ? bytes : 0;

// Once at start, as the portal keeps them: the viewer's user id and city, the filter form's choices.
string userId;
int cityId;
var choices = new StringBuilder();
await using (var connection = await dataSource.OpenConnectionAsync())
{
    await using (var user = new NpgsqlCommand("""SELECT "Id", "CityId" FROM "AspNetUsers" WHERE "NormalizedEmail" = upper(@email)""", connection))
    {
        user.Parameters.AddWithValue("email", email);
        await using var reader = await user.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
        {
            throw new InvalidOperationException($"No account {email}.");
        }

        (userId, cityId) = (reader.GetString(0), reader.GetInt32(1));
    }

    foreach (var sql in new[] { """SELECT "Id", "Name" FROM "ActionAreas" ORDER BY "Name" """, """SELECT "Id", "Name" FROM "Networks" ORDER BY "Name" """ })
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            choices.Append(CultureInfo.InvariantCulture, $"<option value=\"{reader.GetInt32(0)}\">{WebUtility.HtmlEncode(reader.GetString(1))}</option>");
        }
    }
}

var app = builder.Build();
app.MapGet("/Partnerships", async (HttpContext context) =>
{
    var cancellationToken = context.RequestAborted;
    await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
    // The portal's statements for the first page as staff, as PostgreSQL's log shows them (log_min_duration_statement = 0).
    await using (var stamp = new NpgsqlCommand("""SELECT a."SecurityStamp" FROM "AspNetUsers" AS a WHERE a."Id" = @userId LIMIT 2""", connection))
    {
        stamp.Parameters.AddWithValue("userId", userId);
        await stamp.ExecuteScalarAsync(cancellationToken);
    }

    int total;
    await using (var count = new NpgsqlCommand("""
        SELECT count(*)::int
        FROM (
            SELECT 1
            FROM "Partnerships" AS p
            WHERE p."DeletedAt" IS NULL AND (NOT (p."IsInternal") OR p."CityId" = @cityId OR p."PartnerCityId" = @cityId)
            LIMIT 1001
        ) AS p0
        """, connection))
    {
        count.Parameters.AddWithValue("cityId", cityId);
        total = (int)(await count.ExecuteScalarAsync(cancellationToken))!;
    }

    var html = new StringBuilder(Math.Max(pageBytes, 16_384));
    html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Partnerships</title>")
        .Append("<link rel=\"stylesheet\" href=\"/lib/bootstrap/css/bootstrap.min.css\"></head><body><main class=\"container\">")
        .Append("<h1>Partnerships</h1><form method=\"get\"><select name=\"area\"><option value=\"\">All</option>").Append(choices)
        .Append("</select><button type=\"submit\">Filter</button></form><table class=\"table\"><tbody>");
    await using (var page = new NpgsqlCommand("""
        SELECT p0."Id", p0."CityId", CASE
            WHEN @language = 'de' AND c."GermanName" IS NOT NULL AND NOT (c."IsAssociationMember") THEN c."GermanName"
            ELSE c."Name"
        END AS "CityName", c."CountryCode" AS "CityCountry", CASE
            WHEN @language = 'de' AND c0."GermanName" IS NOT NULL AND NOT (c0."IsAssociationMember") THEN c0."GermanName"
            ELSE c0."Name"
        END AS "PartnerName", c0."CountryCode" AS "PartnerCountry", p0."Kind", p0."Status", p0."StartedOn", p0."LastVerifiedAt", (
            SELECT max(a."StartsOn")
            FROM "Activities" AS a
            WHERE a."PartnershipId" = p0."Id") AS "LastActivityOn", p0."IsInternal"
        FROM (
            SELECT p."Id", p."CityId", p."IsInternal", p."Kind", p."LastVerifiedAt", p."PartnerCityId", p."StartedOn", p."Status"
            FROM "Partnerships" AS p
            WHERE p."DeletedAt" IS NULL AND (NOT (p."IsInternal") OR p."CityId" = @cityId OR p."PartnerCityId" = @cityId)
            ORDER BY p."Id" DESC
            LIMIT 25
        ) AS p0
        INNER JOIN "Cities" AS c ON p0."CityId" = c."Id"
        INNER JOIN "Cities" AS c0 ON p0."PartnerCityId" = c0."Id"
        ORDER BY p0."Id" DESC
        """, connection))
    {
        page.Parameters.AddWithValue("language", "en");
        page.Parameters.AddWithValue("cityId", cityId);
        await using var reader = await page.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td><a href=\"/Partnerships/Details/{reader.GetInt32(0)}\">{WebUtility.HtmlEncode(reader.GetString(2))}</a>")
                .Append(CultureInfo.InvariantCulture, $"<span>{reader.GetString(3)}</span></td><td>{WebUtility.HtmlEncode(reader.GetString(4))}<span>{reader.GetString(5)}</span></td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{reader.GetString(6)}</td><td>{reader.GetString(7)}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{(reader.IsDBNull(8) ? "–" : reader.GetFieldValue<DateOnly>(8).Year.ToString(CultureInfo.InvariantCulture))}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{(reader.IsDBNull(9) ? "never" : reader.GetDateTime(9).ToString("d MMM yyyy", CultureInfo.InvariantCulture))}</td></tr>");
        }
    }

    html.Append(CultureInfo.InvariantCulture, $"</tbody></table><nav><span>Page 1 of many (more than {total:N0} entries)</span><a href=\"?p=2\">Next</a></nav>");
    // The portal's page carries a layout, a filter form with every country and the antiforgery-free navigation:
    // the same number of bytes here, so writing the answer costs the same.
    if (html.Length < pageBytes)
    {
        html.Append("<!--").Append('x', Math.Max(0, pageBytes - html.Length - 7)).Append("-->");
    }

    html.Append("</main></body></html>");
    context.Response.ContentType = "text/html; charset=utf-8";
    context.Response.Headers.CacheControl = "no-store";
    await context.Response.WriteAsync(html.ToString(), cancellationToken);
});

app.Run();
