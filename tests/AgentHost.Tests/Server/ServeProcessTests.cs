using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace AgentHost.Tests.Server;

/// <summary>The main job as an operator runs it: <c>agenthost serve</c> in a folder with agents/, as its own process.</summary>
[Collection(ModelCommandsCollection.Name)]
public sealed partial class ServeProcessTests
{
    [Fact]
    public async Task Serve_prints_where_the_widget_demo_page_is_and_the_page_is_there()
    {
        var work = Directory.CreateTempSubdirectory("agenthost-serve-");
        try
        {
            RepositoryFiles.CopyTo("agents/child-growth", Path.Combine(work.FullName, "agents", "child-growth"));
            RepositoryFiles.CopyTo("prompts", Path.Combine(work.FullName, "prompts"));
            RepositoryFiles.CopyTo("safety", Path.Combine(work.FullName, "safety"));
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = work.FullName,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "AgentHost.dll"), "serve", "--urls", "http://127.0.0.1:0", "--model", TinyModelFile.Path, "--threads", "1" })
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment["Logging__LogLevel__Default"] = "Warning";
            using var process = Process.Start(start)!;
            try
            {
                var demo = await ReadDemoAddressAsync(process.StandardOutput);

                using var client = new HttpClient();
                using var page = await client.GetAsync(demo);
                Assert.Equal(HttpStatusCode.OK, page.StatusCode);
                Assert.Contains("widget.js", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
                using var chat = await client.GetAsync(new Uri(demo, "chat/child-growth"));
                Assert.Equal(HttpStatusCode.OK, chat.StatusCode);
            }
            finally
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static async Task<Uri> ReadDemoAddressAsync(StreamReader output)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var seen = new List<string>();
        while (await output.ReadLineAsync(timeout.Token) is { } line)
        {
            seen.Add(line);
            if (DemoLine().Match(line) is { Success: true } match)
            {
                return new Uri(match.Groups["url"].Value);
            }
        }

        throw new InvalidOperationException("serve ended without naming the demo page:\n" + string.Join('\n', seen));
    }

    [GeneratedRegex(@"^Widget demo page: (?<url>http://127\.0\.0\.1:\d+/) ")]
    private static partial Regex DemoLine();
}
