using System.Runtime.InteropServices;
using AgentHost.Inference.Native;

namespace AgentHost.Inference.Engine;

/// <summary>Builds one llama.cpp sampler chain per request from its <see cref="SamplingOptions"/>.</summary>
internal static class SamplerChainFactory
{
    public static unsafe SafeLlamaSamplerHandle Create(SamplingOptions options, LlamaVocabulary vocabulary, ToolCallGrammar? grammar = null)
    {
        var parameters = LlamaNative.llama_sampler_chain_default_params();
        parameters.no_perf = 1;
        var chain = new SafeLlamaSamplerHandle(LlamaNative.llama_sampler_chain_init(parameters));
        if (grammar is not null)
        {
            LlamaNative.llama_sampler_chain_add(chain, CreateGrammar(grammar, vocabulary));
        }

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

    private static unsafe nint CreateGrammar(ToolCallGrammar grammar, LlamaVocabulary vocabulary)
    {
        nint sampler;
        if (!grammar.Lazy)
        {
            sampler = LlamaNative.llama_sampler_init_grammar(vocabulary.Pointer, grammar.Gbnf, "root");
        }
        else
        {
            var patterns = grammar.TriggerPatterns.Select(Marshal.StringToCoTaskMemUTF8).ToArray();
            try
            {
                fixed (nint* p = patterns)
                {
                    sampler = LlamaNative.llama_sampler_init_grammar_lazy_patterns(
                        vocabulary.Pointer, grammar.Gbnf, "root", (byte**)p, (nuint)patterns.Length, null, 0);
                }
            }
            finally
            {
                foreach (var pattern in patterns)
                {
                    Marshal.FreeCoTaskMem(pattern);
                }
            }
        }

        return sampler != 0
            ? sampler
            : throw new InvalidOperationException("llama.cpp rejected the tool-call grammar.");
    }
}
