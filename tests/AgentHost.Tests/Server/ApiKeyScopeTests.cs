using AgentHost.Endpoints;
using AgentHost.Hosting;
using Microsoft.AspNetCore.Http;

namespace AgentHost.Tests.Server;

public sealed class ApiKeyScopeTests
{
    private static readonly string Hash = ApiKeyHash.Compute("k-1");

    [Fact]
    public void Keys_parse_with_and_without_scopes_and_reject_raw_keys()
    {
        Assert.True(ApiKeyEntry.TryParse(Hash, out var all));
        Assert.Null(all.Agents);
        Assert.False(all.Admin);

        Assert.True(ApiKeyEntry.TryParse($"{Hash.ToUpperInvariant()}:child-growth, cardiac-valve-followup", out var scoped));
        Assert.Equal(Hash, scoped.Hash);
        Assert.True(scoped.Allows("child-growth"));
        Assert.False(scoped.Allows("adolescent-companion"));

        Assert.True(ApiKeyEntry.TryParse($"{Hash}:admin", out var admin));
        Assert.True(admin.Admin);
        Assert.True(admin.Allows("adolescent-companion"));

        Assert.False(ApiKeyEntry.TryParse("k-1", out _));
        Assert.False(ApiKeyEntry.TryParse($"{Hash}:", out _));
        Assert.Equal(admin, ApiKeyHash.Find("k-1", [admin]));
        Assert.Null(ApiKeyHash.Find("k-2", [admin]));
    }

    [Fact]
    public void A_scoped_key_uses_only_its_agents_and_only_an_admin_key_reaches_admin_endpoints()
    {
        var options = new ServerOptions { ApiKeys = [Hash] };
        ApiKeyEntry.TryParse($"{Hash}:child-growth", out var scoped);
        var context = new DefaultHttpContext();
        context.Features.Set(scoped);

        Assert.True(RequestChecks.MayUse(context, "child-growth"));
        Assert.False(RequestChecks.MayUse(context, "adolescent-companion"));
        Assert.Equal("admin_only", Assert.Throws<ApiRequestException>(() => RequestChecks.RequireAdmin(context, options)).Code);

        ApiKeyEntry.TryParse($"{Hash}:admin", out var admin);
        context.Features.Set(admin);
        RequestChecks.RequireAdmin(context, options);

        var local = new DefaultHttpContext();
        RequestChecks.RequireAdmin(local, new ServerOptions());
    }
}
