using System.Diagnostics.Metrics;
using AgentHost.Inference.Engine;
using Microsoft.Extensions.Logging.Abstractions;

namespace AgentHost.Inference.Tests.Engine;

[Collection(EngineCollection.Name)]
public sealed class EngineConfigurationTests(EngineFixture fixture)
{
    [Fact]
    public async Task Keeping_the_experts_of_every_layer_on_the_cpu_loads_and_generates_the_same_text()
    {
        var options = EngineFixture.Options();
        options.ExpertsOnCpuLayers = 3;
        using var model = LlamaModel.Load(TinyModel.Path, options, NullLogger.Instance);
        using var engine = InferenceEngine.Start(model, options, NullLogger.Instance);
        using var reference = fixture.StartEngine();

        var request = new GenerationRequest("心脏瓣膜术后复查") { MaxTokens = 12, Sampling = SamplingOptions.Greedy };
        Assert.Equal((await reference.CompleteAsync(request)).Text, (await engine.CompleteAsync(request)).Text);
    }

    [Fact]
    public async Task The_engine_publishes_token_counts_and_timings_as_metrics()
    {
        var measurements = new Dictionary<string, double>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == "AgentHost.Inference")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => Record(instrument.Name, value));
        listener.SetMeasurementEventCallback<int>((instrument, value, _, _) => Record(instrument.Name, value));
        listener.SetMeasurementEventCallback<double>((instrument, value, _, _) => Record(instrument.Name, value));
        listener.Start();

        using var engine = fixture.StartEngine();
        var result = await engine.CompleteAsync(new GenerationRequest("INR 3.2 正常吗") { MaxTokens = 10, Sampling = SamplingOptions.Greedy with { IgnoreEndOfGeneration = true } });
        listener.RecordObservableInstruments();

        lock (measurements)
        {
            Assert.Equal(result.PromptTokens, measurements["agenthost.inference.prompt_tokens"]);
            Assert.Equal(result.CompletionTokens, measurements["agenthost.inference.generated_tokens"]);
            Assert.True(measurements["agenthost.inference.time_to_first_token"] > 0);
            Assert.True(measurements["agenthost.inference.tokens_per_second"] > 0);
            Assert.True(measurements.ContainsKey("agenthost.inference.queue_depth"));
            Assert.True(measurements.ContainsKey("agenthost.inference.active_sequences"));
            Assert.True(measurements["agenthost.inference.decode_calls"] >= 10);
        }

        void Record(string name, double value)
        {
            lock (measurements)
            {
                measurements[name] = name is "agenthost.inference.prompt_tokens" or "agenthost.inference.generated_tokens"
                    ? measurements.GetValueOrDefault(name) + value
                    : value;
            }
        }
    }
}
