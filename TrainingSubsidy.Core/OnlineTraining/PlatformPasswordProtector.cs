using Microsoft.AspNetCore.DataProtection;

namespace TrainingSubsidy.Core.OnlineTraining;

/// <summary>
/// Encrypts and decrypts the login password of a plan's training platform with ASP.NET Core Data Protection, so
/// the database stores only the protected form.
/// </summary>
public sealed class PlatformPasswordProtector(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("TrainingSubsidy.PlatformPassword");

    public string Protect(string password) => _protector.Protect(password);

    /// <summary>
    /// Decrypts a value made by <see cref="Protect"/>. Throws
    /// <see cref="System.Security.Cryptography.CryptographicException"/> when the value was changed or its key is gone.
    /// </summary>
    public string Unprotect(string protectedPassword) => _protector.Unprotect(protectedPassword);
}
