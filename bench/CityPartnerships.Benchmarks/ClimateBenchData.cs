using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace CityPartnerships.Benchmarks;

/// <summary>
/// Climate values for the twin finder: cities with values today and in 2050 (RCP4.5) up to <c>count</c> in total,
/// the demo data's included. Each added city takes the values of a real city of the Bastin et al. 2019 file (CC BY 4.0),
/// in turn, moved by a small seeded random amount, so that the pool spreads like real climates and no two are equal.
/// </summary>
public static class ClimateBenchData
{
    public const string DefaultPath = "/work/shared/data/climate/city-climate-bastin2019.csv";

    public static async Task<(int Total, TimeSpan Elapsed)> GenerateAsync(string connectionString, int count, int seed, string path,
        CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var real = File.ReadLines(path).Skip(1)
            .Select(line => line.Split(','))
            .Select(cells => cells[3..13].Select(c => double.Parse(c, CultureInfo.InvariantCulture)).ToArray())
            .ToList();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var insertSet = new NpgsqlCommand("""
            INSERT INTO "ClimateDataSets" ("Name", "Citation", "Licence", "ImportedAt", "RowsInFile", "RowsImported", "UnmatchedRows")
            VALUES ('Benchmark climates', 'Generated from Bastin et al. (2019), PLoS ONE 14(7): e0217592', 'CC BY 4.0', now(), 0, 0, '{}')
            ON CONFLICT DO NOTHING
            """, connection))
        {
            await insertSet.ExecuteNonQueryAsync(cancellationToken);
        }

        var cityIds = new List<int>();
        await using (var select = new NpgsqlCommand("""
            SELECT "Id" FROM "Cities" c
            WHERE NOT EXISTS (SELECT 1 FROM "CityClimates" v WHERE v."CityId" = c."Id")
            ORDER BY md5("Id"::text || @seed) LIMIT greatest(0, @count - (SELECT count(DISTINCT "CityId") FROM "CityClimates"))
            """, connection))
        {
            select.Parameters.AddWithValue("seed", seed.ToString(CultureInfo.InvariantCulture));
            select.Parameters.AddWithValue("count", count);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                cityIds.Add(reader.GetInt32(0));
            }
        }

        var random = new Random(seed);
        await using (var writer = await connection.BeginBinaryImportAsync("""
            COPY "CityClimates" ("CityId", "Period", "Scenario", "AnnualMeanTemperature", "MaxTemperatureWarmestMonth", "MinTemperatureColdestMonth",
                "AnnualPrecipitation", "PrecipitationWettestMonth", "DataSetId", "IsDerived") FROM STDIN (FORMAT BINARY)
            """, cancellationToken))
        {
            var dataSetId = await DataSetIdAsync(connectionString, cancellationToken);
            for (var i = 0; i < cityIds.Count; i++)
            {
                var source = real[i % real.Count];
                var shift = (random.NextDouble() - 0.5) * 1.0;
                var wetter = 1 + ((random.NextDouble() - 0.5) * 0.1);
                foreach (var (period, scenario, offset) in new[] { ("present", "observed", 0), ("2050", "RCP4.5", 5) })
                {
                    await writer.StartRowAsync(cancellationToken);
                    await writer.WriteAsync(cityIds[i], cancellationToken);
                    await writer.WriteAsync(period, cancellationToken);
                    await writer.WriteAsync(scenario, cancellationToken);
                    await writer.WriteAsync(source[offset] + shift, cancellationToken);
                    await writer.WriteAsync(source[offset + 1] + shift, cancellationToken);
                    await writer.WriteAsync(source[offset + 2] + shift, cancellationToken);
                    await writer.WriteAsync(Math.Round(source[offset + 3] * wetter, 1), cancellationToken);
                    await writer.WriteAsync(Math.Round(source[offset + 4] * wetter, 1), cancellationToken);
                    await writer.WriteAsync(dataSetId, cancellationToken);
                    await writer.WriteAsync(false, cancellationToken);
                }
            }

            await writer.CompleteAsync(cancellationToken);
        }

        await using (var analyze = new NpgsqlCommand("ANALYZE \"CityClimates\"", connection))
        {
            await analyze.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var total = new NpgsqlCommand("SELECT count(DISTINCT \"CityId\") FROM \"CityClimates\" WHERE \"Period\" = 'present'", connection);
        return (Convert.ToInt32(await total.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture), stopwatch.Elapsed);
    }

    /// <summary>The cities with values, for the finder's requests.</summary>
    public static async Task<IReadOnlyList<int>> CitiesWithDataAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var ids = new List<int>();
        await using var command = new NpgsqlCommand("SELECT DISTINCT \"CityId\" FROM \"CityClimates\" WHERE \"Period\" = 'present' ORDER BY 1", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetInt32(0));
        }

        return ids;
    }

    private static async Task<int> DataSetIdAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT \"Id\" FROM \"ClimateDataSets\" WHERE \"Name\" = 'Benchmark climates'", connection);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }
}
