using Microsoft.AspNetCore.Identity;
using TrainingSubsidy.Core.Auditing;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Web.Infrastructure;

namespace TrainingSubsidy.Web.Components.Account;

internal static class AccountEndpoints
{
    /// <summary>Maps sign-out as a POST with an antiforgery token, so a link on another site cannot sign users out.</summary>
    public static void MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/account/logout", async (
            HttpContext context,
            SignInManager<ApplicationUser> signInManager,
            AuditTrail audit,
            ILoggerFactory loggerFactory) =>
        {
            var userName = context.User.Identity?.Name ?? string.Empty;
            var scope = UserScope.FromPrincipal(context.User);
            await signInManager.SignOutAsync();
            if (scope is not null)
            {
                await audit.RecordAsync(AuditRecord.For(scope, AuditActions.SignOut, "user", scope.UserId));
            }

            WebLog.SignedOut(loggerFactory.CreateLogger("TrainingSubsidy.Web.Account"), userName);
            return TypedResults.LocalRedirect("~/account/login");
        });
    }
}
