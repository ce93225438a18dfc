using AgentHost.Inference.Gguf;

namespace AgentHost.Inference.Tests.Gguf;

/// <summary>
/// GGUF indexes without tensor data, shaped like real models, for the placement arithmetic: AntAngelMed
/// (Ling-flash-2.0, bailingmoe2: 32 layers, 256 experts top-8 + 1 shared, n_embd 4096, vocab 157,184) and a dense
/// llama-style model.
/// </summary>
internal static class SyntheticModelIndex
{
    public const long AntAngelMedVocabulary = 157184;

    /// <summary>AntAngelMed with llama.cpp's Q4_K_M mix: Q4_K, with Q6_K for the output, every V/QKV and half the down projections.</summary>
    public static GgufFile AntAngelMedQ4KM(int nextNLayers = 0) => AntAngelMed("antangelmed-Q4_K_M.gguf", 15, nextNLayers, (name, layer) =>
        name.StartsWith("output.", StringComparison.Ordinal) || name.Contains("attn_qkv", StringComparison.Ordinal)
        || (name.Contains("ffn_down", StringComparison.Ordinal) && layer % 2 == 0)
            ? GgmlType.Q6_K
            : GgmlType.Q4_K);

    public static GgufFile AntAngelMedQ8_0() => AntAngelMed("antangelmed-Q8_0.gguf", 7, 0, (_, _) => GgmlType.Q8_0);

    public static GgufFile AntAngelMed(string fileName, uint fileType, int nextNLayers, Func<string, int, GgmlType> matrixType)
    {
        const long n = 4096, heads = 32, kvHeads = 4, headDim = 128, denseFf = 9216, experts = 256, expertFf = 1024, sharedFf = 1024;
        var blocks = 32 + nextNLayers;
        var index = new SyntheticIndexBuilder();
        index.Add("token_embd.weight", [n, AntAngelMedVocabulary], matrixType("token_embd.weight", -1));
        for (var i = 0; i < blocks; i++)
        {
            string Name(string tensor) => $"blk.{i}.{tensor}";
            void Matrix(string tensor, long[] shape) => index.Add(Name(tensor), shape, matrixType(Name(tensor), i));

            index.Add(Name("attn_norm.weight"), [n], GgmlType.F32);
            Matrix("attn_qkv.weight", [n, (heads + (2 * kvHeads)) * headDim]);
            index.Add(Name("attn_q_norm.weight"), [headDim], GgmlType.F32);
            index.Add(Name("attn_k_norm.weight"), [headDim], GgmlType.F32);
            Matrix("attn_output.weight", [heads * headDim, n]);
            index.Add(Name("ffn_norm.weight"), [n], GgmlType.F32);
            if (i == 0)
            {
                Matrix("ffn_gate.weight", [n, denseFf]);
                Matrix("ffn_up.weight", [n, denseFf]);
                Matrix("ffn_down.weight", [denseFf, n]);
                continue;
            }

            index.Add(Name("ffn_gate_inp.weight"), [n, experts], GgmlType.F32);
            index.Add(Name("exp_probs_b.bias"), [experts], GgmlType.F32);
            Matrix("ffn_gate_exps.weight", [n, expertFf, experts]);
            Matrix("ffn_up_exps.weight", [n, expertFf, experts]);
            Matrix("ffn_down_exps.weight", [expertFf, n, experts]);
            Matrix("ffn_gate_shexp.weight", [n, sharedFf]);
            Matrix("ffn_up_shexp.weight", [n, sharedFf]);
            Matrix("ffn_down_shexp.weight", [sharedFf, n]);
        }

        index.Add("output_norm.weight", [n], GgmlType.F32);
        index.Add("output.weight", [n, AntAngelMedVocabulary], matrixType("output.weight", -1));

        const string Arch = "bailingmoe2.";
        return index.Build(fileName, new()
        {
            [GgufKeys.Architecture] = GgufValue.From("bailingmoe2"),
            [GgufKeys.Name] = GgufValue.From("AntAngelMed"),
            [GgufKeys.FileType] = GgufValue.From(fileType),
            [Arch + "context_length"] = GgufValue.From(32768u),
            [Arch + "embedding_length"] = GgufValue.From((uint)n),
            [Arch + "block_count"] = GgufValue.From((uint)blocks),
            [Arch + "nextn_predict_layers"] = GgufValue.From((uint)nextNLayers),
            [Arch + "attention.head_count"] = GgufValue.From((uint)heads),
            [Arch + "attention.head_count_kv"] = GgufValue.From((uint)kvHeads),
            [Arch + "attention.key_length"] = GgufValue.From((uint)headDim),
            [Arch + "attention.value_length"] = GgufValue.From((uint)headDim),
            [Arch + "expert_count"] = GgufValue.From((uint)experts),
            [Arch + "expert_used_count"] = GgufValue.From(8u),
            [Arch + "expert_shared_count"] = GgufValue.From(1u),
            [GgufKeys.ChatTemplate] = GgufValue.From("{{ '<role>HUMAN</role>' }}{{ '<role>ASSISTANT</role>' }}<|role_end|>"),
        });
    }

    /// <summary>A dense 32-layer, n_embd 4096 llama-style model in F16 (about 15 GiB).</summary>
    public static GgufFile DenseF16()
    {
        const long n = 4096, ff = 14336, vocab = 128256;
        var index = new SyntheticIndexBuilder();
        index.Add("token_embd.weight", [n, vocab], GgmlType.F16);
        for (var i = 0; i < 32; i++)
        {
            index.Add($"blk.{i}.attn_norm.weight", [n], GgmlType.F32);
            index.Add($"blk.{i}.attn_q.weight", [n, n], GgmlType.F16);
            index.Add($"blk.{i}.attn_k.weight", [n, 1024], GgmlType.F16);
            index.Add($"blk.{i}.attn_v.weight", [n, 1024], GgmlType.F16);
            index.Add($"blk.{i}.attn_output.weight", [n, n], GgmlType.F16);
            index.Add($"blk.{i}.ffn_norm.weight", [n], GgmlType.F32);
            index.Add($"blk.{i}.ffn_gate.weight", [n, ff], GgmlType.F16);
            index.Add($"blk.{i}.ffn_up.weight", [n, ff], GgmlType.F16);
            index.Add($"blk.{i}.ffn_down.weight", [ff, n], GgmlType.F16);
        }

        index.Add("output_norm.weight", [n], GgmlType.F32);
        index.Add("output.weight", [n, vocab], GgmlType.F16);
        return index.Build("dense-f16.gguf", new()
        {
            [GgufKeys.Architecture] = GgufValue.From("llama"),
            [GgufKeys.FileType] = GgufValue.From(1u),
            ["llama.context_length"] = GgufValue.From(131072u),
            ["llama.embedding_length"] = GgufValue.From((uint)n),
            ["llama.block_count"] = GgufValue.From(32u),
            ["llama.attention.head_count"] = GgufValue.From(32u),
            ["llama.attention.head_count_kv"] = GgufValue.From(8u),
            [GgufKeys.ChatTemplate] = GgufValue.From("<|start_header_id|>{{ role }}<|end_header_id|>"),
        });
    }
}
