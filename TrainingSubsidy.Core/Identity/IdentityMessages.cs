using Microsoft.AspNetCore.Identity;

namespace TrainingSubsidy.Core.Identity;

/// <summary>Chinese wording for the errors that ASP.NET Core Identity reports in English.</summary>
public static class IdentityMessages
{
    public static string Translate(IdentityError error) => error.Code switch
    {
        nameof(IdentityErrorDescriber.PasswordTooShort) => "密码太短：至少需要10位。",
        nameof(IdentityErrorDescriber.PasswordRequiresDigit) => "密码需要包含至少一个数字。",
        nameof(IdentityErrorDescriber.PasswordRequiresLower) => "密码需要包含至少一个小写字母。",
        nameof(IdentityErrorDescriber.PasswordRequiresUpper) => "密码需要包含至少一个大写字母。",
        nameof(IdentityErrorDescriber.PasswordRequiresNonAlphanumeric) => "密码需要包含至少一个符号。",
        nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars) => "密码中不同的字符太少。",
        nameof(IdentityErrorDescriber.PasswordMismatch) => "当前密码不正确。",
        nameof(IdentityErrorDescriber.DuplicateUserName) => "该登录名已被使用。",
        nameof(IdentityErrorDescriber.InvalidUserName) => "登录名只能包含字母、数字、点、下划线或短横线。",
        _ => $"操作未成功（{error.Code}）。",
    };
}
