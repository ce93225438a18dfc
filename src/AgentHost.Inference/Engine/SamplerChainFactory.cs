using AgentHost.Inference.Native;

namespace AgentHost.Inference.Engine;

/// <summary>Builds one llama.cpp sampler chain per request from its <see cref="SamplingOptions"/>.</summary>
internal static class SamplerChainFactory
{
    public static unsafe SafeLlamaSamplerHandle Create(SamplingOptions options, LlamaVocabulary vocabulary)
    {
        var parameters = LlamaNative.llama_sampler_chain_default_params();
        parameters.no_perf = 1;
        var chain = new SafeLlamaSamplerHandle(LlamaNative.llama_sampler_chain_init(parameters));
        if (options.IgnoreEndOfGeneration)
        {
            var biases = vocabulary.EndOfGenerationTokens.Select(t => new LlamaLogitBias { token = t, bias = float.NegativeInfinity }).ToArray();
            fixed (LlamaLogitBias* b = biases)
            {
                LlamaNative.llama_sampler_chain_add(chain, LlamaNative.llama_sampler_init_logit_bias(vocabulary.Count, biases.Length, b));
            }
        }

        if (options.RepeatPenalty != 1.0f)
        {
            LlamaNative.llama_sampler_chain_add(chain, LlamaNative.llama_sampler_init_penalties(options.RepeatLastN, options.RepeatPenalty, 0, 0));
        }

        if (options.IsGreedy)
        {
            LlamaNative.llama_sampler_chain_add(chain, LlamaNative.llama_sampler_init_greedy());
            return chain;
        }

        if (options.TopK > 0)
        {
            LlamaNative.llama_sampler_chain_add(chain, LlamaNative.llama_sampler_init_top_k(options.TopK));
        }

        if (options.TopP < 1.0f)
        {
            LlamaNative.llama_sampler_chain_add(chain, LlamaNative.llama_sampler_init_top_p(options.TopP, 1));
        }

        if (options.MinP > 0)
        {
            LlamaNative.llama_sampler_chain_add(chain, LlamaNative.llama_sampler_init_min_p(options.MinP, 1));
        }

        LlamaNative.llama_sampler_chain_add(chain, LlamaNative.llama_sampler_init_temp(options.Temperature));
        var seed = options.Seed ?? (uint)Random.Shared.Next();
        LlamaNative.llama_sampler_chain_add(chain, LlamaNative.llama_sampler_init_dist(seed));
        return chain;
    }
}
