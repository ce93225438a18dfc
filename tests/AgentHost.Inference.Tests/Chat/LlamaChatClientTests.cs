using System.Text;
using AgentHost.Inference.Chat;
using AgentHost.Inference.Engine;
using AgentHost.Inference.Tests.Engine;
using Microsoft.Extensions.AI;

namespace AgentHost.Inference.Tests.Chat;

[Collection(EngineCollection.Name)]
public sealed class LlamaChatClientTests(EngineFixture fixture)
{
    private static readonly ChatMessage[] Conversation =
    [
        new(ChatRole.System, "你是儿童生长发育助手。"),
        new(ChatRole.User, "我女儿三岁，身高92厘米。"),
    ];

    [Fact]
    public void The_demo_model_template_renders_in_bailing2_format()
    {
        var rendered = fixture.Model.ChatTemplate.Render(
            [new TemplateMessage("system", "S"), new TemplateMessage("user", "U"), new TemplateMessage("assistant", "A"), new TemplateMessage("user", "V")]);
        Assert.Equal("<role>SYSTEM</role>S<|role_end|><role>HUMAN</role>U<|role_end|><role>ASSISTANT</role>A<|role_end|><role>HUMAN</role>V<|role_end|><role>ASSISTANT</role>", rendered);
    }

    [Fact]
    public async Task Streaming_and_non_streaming_responses_agree_and_report_usage()
    {
        using var engine = fixture.StartEngine();
        IChatClient client = new LlamaChatClient(engine);
        var options = new ChatOptions { Temperature = 0, MaxOutputTokens = 20 };

        var response = await client.GetResponseAsync(Conversation, options);
        var streamed = new StringBuilder();
        UsageDetails? usage = null;
        ChatFinishReason? finish = null;
        await foreach (var update in client.GetStreamingResponseAsync(Conversation, options))
        {
            streamed.Append(update.Text);
            usage ??= update.Contents.OfType<UsageContent>().FirstOrDefault()?.Details;
            finish ??= update.FinishReason;
        }

        Assert.Equal(response.Text, streamed.ToString());
        Assert.NotNull(response.Usage);
        Assert.Equal(response.Usage!.OutputTokenCount, usage!.OutputTokenCount);
        Assert.Equal(response.Usage.InputTokenCount, usage.InputTokenCount);
        Assert.True(response.Usage.InputTokenCount > 10);
        Assert.Equal(response.FinishReason, finish);
        Assert.Equal(engine.Model.Info.Name, client.GetService<ChatClientMetadata>()!.DefaultModelId);
    }

    [Fact]
    public void Chat_options_map_onto_sampling()
    {
        using var engine = fixture.StartEngine();
        var client = new LlamaChatClient(engine);
        var request = client.BuildRequest(Conversation, new ChatOptions
        {
            Temperature = 0.2f,
            TopP = 0.8f,
            TopK = 12,
            Seed = 99,
            MaxOutputTokens = 77,
            StopSequences = ["###"],
            AdditionalProperties = new() { [LlamaChatClient.RepeatPenaltyKey] = 1.15, [LlamaChatClient.MinPKey] = 0.1 },
        });

        Assert.Equal(77, request.MaxTokens);
        Assert.Equal(["###"], request.StopSequences);
        Assert.Equal(0.2f, request.Sampling.Temperature);
        Assert.Equal(0.8f, request.Sampling.TopP);
        Assert.Equal(12, request.Sampling.TopK);
        Assert.Equal(99u, request.Sampling.Seed);
        Assert.Equal(1.15f, request.Sampling.RepeatPenalty);
        Assert.Equal(0.1f, request.Sampling.MinP);
        Assert.StartsWith("<role>SYSTEM</role>你是儿童生长发育助手。", request.Prompt, StringComparison.Ordinal);
    }
}
