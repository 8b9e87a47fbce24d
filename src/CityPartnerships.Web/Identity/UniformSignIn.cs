using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;

namespace CityPartnerships.Web.Identity;

/// <summary>
/// Password sign-in that costs the same for unknown addresses, wrong passwords and locked accounts: each checks one
/// password hash of the configured strength, so neither the answer nor its time tells whether an account exists or is
/// locked. (Identity alone skips the hash for unknown and locked accounts: ~60 ms against ~500 ms.)
/// </summary>
public sealed class UniformSignIn(
    SignInManager<ApplicationUser> signInManager,
    UserManager<ApplicationUser> userManager,
    IPasswordHasher<ApplicationUser> hasher,
    UniformSignIn.DummyHash dummyHash)
{
    public async Task<SignInAttempt> PasswordSignInAsync(string email, string password, bool rememberMe)
    {
        var user = await userManager.FindByNameAsync(email);
        if (user is null || await userManager.IsLockedOutAsync(user))
        {
            hasher.VerifyHashedPassword(dummyHash.User, dummyHash.Value, password);
            return new SignInAttempt(user is null ? SignInResult.Failed : SignInResult.LockedOut, user?.Id);
        }

        return new SignInAttempt(await signInManager.PasswordSignInAsync(user, password, rememberMe, lockoutOnFailure: true), user.Id);
    }

    /// <summary>A hash of a random password, made once per process with the configured hashing options.</summary>
    public sealed class DummyHash(IOptions<PasswordHasherOptions> options)
    {
        private readonly Lazy<string> _value = new(() =>
            new PasswordHasher<ApplicationUser>(options).HashPassword(new ApplicationUser(), Guid.NewGuid().ToString("N")));

        public ApplicationUser User { get; } = new();

        public string Value => _value.Value;
    }
}

/// <summary>The outcome of a sign-in and the account it concerned, if the address belongs to one.</summary>
public sealed record SignInAttempt(SignInResult Result, string? UserId);
