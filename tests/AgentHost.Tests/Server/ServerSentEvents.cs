namespace AgentHost.Tests.Server;

/// <summary>Splits a <c>text/event-stream</c> body into its events (name or null, data), keeping comments apart.</summary>
internal static class ServerSentEvents
{
    public static List<(string? Event, string Data)> Parse(string body)
    {
        Assert.EndsWith("\n\n", body, StringComparison.Ordinal);
        var events = new List<(string?, string)>();
        foreach (var block in body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            string? name = null;
            string? data = null;
            foreach (var line in block.Split('\n'))
            {
                if (line.StartsWith(':'))
                {
                    continue;
                }

                if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    name = line["event: ".Length..];
                }
                else if (line.StartsWith("data: ", StringComparison.Ordinal))
                {
                    Assert.Null(data);
                    data = line["data: ".Length..];
                }
                else
                {
                    Assert.Fail($"unexpected line in the event stream: {line}");
                }
            }

            if (data is not null)
            {
                events.Add((name, data));
            }
        }

        return events;
    }
}
