using Microsoft.AspNetCore.Components.Authorization;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Identity;

namespace TrainingSubsidy.Web.Infrastructure;

/// <summary>Gives components the signed-in user's scope, read from the circuit's authentication state.</summary>
internal sealed class CurrentUser(AuthenticationStateProvider authenticationStateProvider)
{
    public async Task<UserScope> GetScopeAsync()
    {
        var state = await authenticationStateProvider.GetAuthenticationStateAsync();
        return UserScope.FromPrincipal(state.User)
            ?? throw new AccessDeniedException("请先登录。");
    }
}
