using System.ComponentModel;
using System.Text.Json;
using AgentHost.Inference.Chat;
using AgentHost.Inference.Tests.Engine;
using Microsoft.Extensions.AI;

namespace AgentHost.Inference.Tests.Chat;

/// <summary>
/// Tool calling on the real tiny model. A random model never chooses a tool by itself, so these tests force one
/// (required tool mode): the grammar derived from the tool's schema must make even noise come out as a call that
/// parses into <see cref="FunctionCallContent"/> with schema-shaped arguments.
/// </summary>
[Collection(EngineCollection.Name)]
public sealed class ToolCallingTests(EngineFixture fixture)
{
    private static readonly AIFunction Bmi = AIFunctionFactory.Create(
        ([Description("Weight in kilograms")] double weight_kg, [Description("Height in centimetres")] double height_cm, [Description("male or female")] Sex sex) =>
            Math.Round(weight_kg / Math.Pow(height_cm / 100, 2), 1),
        "bmi", "Body-mass index from weight and height.");

    private static readonly ChatMessage[] Question = [new(ChatRole.User, "我儿子30公斤，135厘米，BMI多少？")];

    public enum Sex
    {
        Male,
        Female,
    }

    [Fact]
    public async Task A_required_tool_call_comes_back_as_a_parsed_function_call()
    {
        using var engine = fixture.StartEngine();
        IChatClient client = new LlamaChatClient(engine);
        var response = await client.GetResponseAsync(Question, new ChatOptions
        {
            Tools = [Bmi],
            ToolMode = ChatToolMode.RequireSpecific("bmi"),
            Temperature = 0,
            MaxOutputTokens = 120,
        });

        var call = Assert.Single(response.Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>());
        Assert.Equal("bmi", call.Name);
        Assert.Null(call.Exception);
        Assert.Equal(ChatFinishReason.ToolCalls, response.FinishReason);
        Assert.Equal(["weight_kg", "height_cm", "sex"], call.Arguments!.Keys);
        Assert.Equal(JsonValueKind.Number, ((JsonElement)call.Arguments["weight_kg"]!).ValueKind);
        Assert.DoesNotContain("<tool_call>", response.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Streaming_never_shows_the_raw_call_and_ends_with_the_parsed_call()
    {
        using var engine = fixture.StartEngine();
        IChatClient client = new LlamaChatClient(engine);
        var updates = new List<ChatResponseUpdate>();
        await foreach (var update in client.GetStreamingResponseAsync(Question, new ChatOptions
        {
            Tools = [Bmi],
            ToolMode = ChatToolMode.RequireAny,
            Temperature = 0,
            MaxOutputTokens = 120,
        }))
        {
            updates.Add(update);
        }

        Assert.DoesNotContain(updates, u => u.Text.Contains("<tool_call>", StringComparison.Ordinal) || u.Text.Contains("\"arguments\"", StringComparison.Ordinal));
        Assert.Equal("bmi", Assert.Single(updates.SelectMany(u => u.Contents).OfType<FunctionCallContent>()).Name);
        Assert.Equal(ChatFinishReason.ToolCalls, updates[^1].FinishReason);
    }

    [Fact]
    public async Task The_function_invocation_loop_runs_the_tool_and_feeds_the_result_back()
    {
        using var engine = fixture.StartEngine();
        var invoked = 0;
        var counted = AIFunctionFactory.Create(
            ([Description("Weight in kilograms")] double weight_kg, [Description("Height in centimetres")] double height_cm) =>
            {
                Interlocked.Increment(ref invoked);
                return new { bmi = Math.Round(weight_kg / Math.Pow(height_cm / 100, 2), 1) };
            },
            "bmi", "Body-mass index from weight and height.");
        IChatClient client = new ChatClientBuilder(new LlamaChatClient(engine))
            .UseFunctionInvocation(configure: c => c.MaximumIterationsPerRequest = 3)
            .Build();

        var response = await client.GetResponseAsync(Question, new ChatOptions
        {
            Tools = [counted],
            ToolMode = ChatToolMode.RequireAny,
            Temperature = 0,
            MaxOutputTokens = 80,
        });

        Assert.True(invoked >= 1);
        var messages = response.Messages.ToList();
        Assert.Contains(messages, m => m.Contents.OfType<FunctionCallContent>().Any(c => c.Name == "bmi"));
        Assert.Contains(messages, m => m.Role == ChatRole.Tool && m.Contents.OfType<FunctionResultContent>().Any());
    }

    [Fact]
    public void Tool_calls_and_results_render_in_the_hermes_format_under_the_bailing2_roles()
    {
        using var engine = fixture.StartEngine();
        var client = new LlamaChatClient(engine);
        var call = new FunctionCallContent("c1", "bmi", new Dictionary<string, object?> { ["weight_kg"] = 30, ["height_cm"] = 135 });
        var request = client.BuildRequest(
        [
            new ChatMessage(ChatRole.System, "系统"),
            new ChatMessage(ChatRole.User, "BMI?"),
            new ChatMessage(ChatRole.Assistant, [call]),
            new ChatMessage(ChatRole.Tool, [new FunctionResultContent("c1", new { bmi = 16.5 })]),
        ], new ChatOptions { Tools = [Bmi] });

        Assert.Contains("<tools>\n{\"type\":\"function\",\"function\":{\"name\":\"bmi\"", request.Prompt, StringComparison.Ordinal);
        Assert.Contains("<role>ASSISTANT</role><tool_call>\n{\"name\":\"bmi\",\"arguments\":{\"weight_kg\":30,\"height_cm\":135}}\n</tool_call><|role_end|>", request.Prompt, StringComparison.Ordinal);
        Assert.Contains("<role>OBSERVATION</role><tool_response>\n{\"bmi\":16.5}\n</tool_response><|role_end|>", request.Prompt, StringComparison.Ordinal);
        Assert.True(request.Grammar!.Lazy);
    }

    [Fact]
    public void Answers_are_split_into_text_and_calls_and_thinking_is_removed()
    {
        var (text, calls) = ToolCallFormat.Parse("<think>算一下</think>我来计算。<tool_call>\n{\"name\": \"bmi\", \"arguments\": {\"weight_kg\": 30}}\n</tool_call><tool_call>{broken</tool_call>");
        Assert.Equal("我来计算。", text);
        Assert.Equal(2, calls.Count);
        Assert.Equal("bmi", calls[0].Name);
        Assert.Equal(30, ((JsonElement)calls[0].Arguments!["weight_kg"]!).GetInt32());
        Assert.NotNull(calls[1].Exception);
    }
}
