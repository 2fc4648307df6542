using Liaison.Web.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.Web.Tests;

/// <summary>The in-memory test host itself.</summary>
public sealed class LiaisonAppTests
{
    [Fact]
    public async Task WatchesNoConfigurationFile()
    {
        // Each watched appsettings file costs an inotify instance; many test hosts at once hit the
        // machine's limit of 128.
        await using var app = await LiaisonApp.StartAsync();
        var configuration = (IConfigurationRoot)app.Services.GetRequiredService<IConfiguration>();

        var files = configuration.Providers.OfType<FileConfigurationProvider>().ToList();

        Assert.Contains(files, f => f.Source.Path == "appsettings.json");
        Assert.All(files, f => Assert.False(f.Source.ReloadOnChange, $"{f.Source.Path} is watched for changes"));
    }
}
