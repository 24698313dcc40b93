using Microsoft.AspNetCore.DataProtection;

namespace TrainingSubsidy.Core.OnlineTraining;

/// <summary>
/// Encrypts the training platform's login password with ASP.NET Core Data Protection. The enterprise side
/// protects it when the plan is saved, and the reviewer side unprotects it to log in. Both sides use this class
/// so that they use the same purpose string.
/// </summary>
public sealed class PlatformPasswordProtector(IDataProtectionProvider provider)
{
    public const string Purpose = "TrainingSubsidy.PlatformPassword";

    private readonly IDataProtector _protector = provider.CreateProtector(Purpose);

    public string Protect(string password) => _protector.Protect(password);

    /// <summary>
    /// Decrypts a stored password. Throws <see cref="System.Security.Cryptography.CryptographicException"/> when
    /// the key ring no longer has the key, for example after the keys folder was lost.
    /// </summary>
    public string Unprotect(string protectedPassword) => _protector.Unprotect(protectedPassword);
}
