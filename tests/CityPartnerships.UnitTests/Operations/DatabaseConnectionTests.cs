using CityPartnerships.Web.Data;
using Npgsql;

namespace CityPartnerships.UnitTests.Operations;

public class DatabaseConnectionTests
{
    [Fact]
    public void A_plain_connection_string_gets_prepared_statements_and_no_reset_between_uses()
    {
        var tuned = new NpgsqlConnectionStringBuilder(DatabaseConnection.Tuned("Host=db;Database=portal;Username=portal"));

        Assert.Equal(DatabaseConnection.MaxAutoPrepare, tuned.MaxAutoPrepare);
        Assert.Equal(2, tuned.AutoPrepareMinUsages);
        Assert.True(tuned.NoResetOnClose);
        Assert.Equal("db", tuned.Host);
        Assert.Equal("portal", tuned.Database);
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0;No Reset On Close=false")]
    [InlineData("Host=db;MaxAutoPrepare=0;NoResetOnClose=false")]
    [InlineData("Host=db;max auto prepare=0;no reset on close=false")]
    public void An_operator_who_sets_either_value_keeps_it(string connectionString)
    {
        var tuned = new NpgsqlConnectionStringBuilder(DatabaseConnection.Tuned(connectionString));

        Assert.Equal(0, tuned.MaxAutoPrepare);
        Assert.False(tuned.NoResetOnClose);
    }
}
