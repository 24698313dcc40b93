using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.EntityFrameworkCore;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.Persistence;

namespace TrainingSubsidy.Web.Components.Account;

/// <summary>
/// Stops an open circuit of a user who has been disabled: before each inbound action (a click, a form change) it
/// reads the account by its key and sends a disabled user to the sign-in page instead of running the action.
/// </summary>
internal sealed class DisabledUserCircuitHandler(
    AuthenticationStateProvider authenticationStateProvider,
    IDbContextFactory<AppDbContext> dbFactory,
    NavigationManager navigation) : CircuitHandler
{
    private bool _disabled;

    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(
        Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            if (await IsDisabledAsync())
            {
                navigation.NavigateTo("account/login?disabled=true", forceLoad: true);
                return;
            }

            await next(context);
        };

    private async Task<bool> IsDisabledAsync()
    {
        if (_disabled)
        {
            return true;
        }

        var state = await authenticationStateProvider.GetAuthenticationStateAsync();
        var scope = UserScope.FromPrincipal(state.User);
        if (scope is null)
        {
            return false;
        }

        await using var db = await dbFactory.CreateDbContextAsync();
        var user = await db.Users.AsNoTracking()
            .Where(u => u.Id == scope.UserId)
            .Select(u => new { u.IsDisabled })
            .FirstOrDefaultAsync();
        _disabled = user is null || user.IsDisabled;
        return _disabled;
    }
}
