using CityPartnerships.Domain.Common;

namespace CityPartnerships.UnitTests;

/// <summary>Asserts that a domain rule is broken, by its stable code rather than its English message.</summary>
internal static class DomainAssert
{
    public static DomainException Throws(string expectedCode, Func<object?> testCode)
    {
        var exception = Assert.Throws<DomainException>(testCode);
        Assert.Equal(expectedCode, exception.Code);
        return exception;
    }

    public static DomainException Throws(string expectedCode, Action testCode)
    {
        var exception = Assert.Throws<DomainException>(testCode);
        Assert.Equal(expectedCode, exception.Code);
        return exception;
    }
}
