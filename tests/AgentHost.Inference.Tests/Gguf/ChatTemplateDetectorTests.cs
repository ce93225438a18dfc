using AgentHost.Inference.Gguf;

namespace AgentHost.Inference.Tests.Gguf;

public sealed class ChatTemplateDetectorTests
{
    [Theory]
    [InlineData("{% for m in messages %}<role>HUMAN</role>{{ m.content }}<|role_end|><role>ASSISTANT</role>{% endfor %}", "bailing2")]
    [InlineData("{{ '<role>ASSISTANT</role>' if role == 'HUMAN' }}<|role_end|>", "bailing")]
    [InlineData("<role>ASSISTANT</role> \"HUMAN\" <think>", "bailing-think")]
    [InlineData("{{'<|im_start|>' + message['role']}}", "chatml")]
    [InlineData("<|start_header_id|>user<|end_header_id|>", "llama3")]
    [InlineData("[INST] <<SYS>>", "llama2-sys")]
    [InlineData("chatml", "chatml")]
    [InlineData("bailing2", "bailing2")]
    [InlineData("plain text with no markers", "unknown")]
    [InlineData("", "none")]
    [InlineData(null, "none")]
    public void Detects_families_by_llama_cpp_markers(string? template, string family) =>
        Assert.Equal(family, ChatTemplateDetector.Detect(template));

    [Fact]
    public void The_demo_model_template_is_bailing2() => Assert.Equal("bailing2", ChatTemplateDetector.Detect(Ling2ChatTemplate.Template));

    /// <summary>
    /// Every template shipped with the pinned llama.cpp, against what that build's <c>llm_chat_detect_template</c>
    /// returns for it (computed by compiling llama-chat.cpp from the same commit).
    /// </summary>
    [Theory]
    [InlineData("Apertus-8B-Instruct.jinja", "unknown")]
    [InlineData("Apriel-1.6-15b-Thinker-fixed.jinja", "unknown")]
    [InlineData("Bielik-11B-v3.0-Instruct.jinja", "chatml")]
    [InlineData("ByteDance-Seed-OSS.jinja", "seed_oss")]
    [InlineData("Cohere2MoE.jinja", "command-r")]
    [InlineData("CohereForAI-c4ai-command-r-plus-tool_use.jinja", "command-r")]
    [InlineData("CohereForAI-c4ai-command-r7b-12-2024-tool_use.jinja", "command-r")]
    [InlineData("GLM-4.6.jinja", "chatglm4")]
    [InlineData("GLM-4.7-Flash.jinja", "chatglm4")]
    [InlineData("GigaChat3-10B-A1.8B.jinja", "unknown")]
    [InlineData("GigaChat3.1-10B-A1.8B.jinja", "unknown")]
    [InlineData("HuggingFaceTB-SmolLM3-3B.jinja", "chatml")]
    [InlineData("Kimi-K2-Instruct.jinja", "kimi-k2")]
    [InlineData("Kimi-K2-Thinking.jinja", "kimi-k2")]
    [InlineData("Kimi-K3.jinja", "unknown")]
    [InlineData("LFM2-8B-A1B.jinja", "chatml")]
    [InlineData("LFM2.5-8B-A1B.jinja", "chatml")]
    [InlineData("LFM2.5-Instruct.jinja", "chatml")]
    [InlineData("MiMo-VL.jinja", "chatml")]
    [InlineData("MiniMax-M1.jinja", "unknown")]
    [InlineData("MiniMax-M2.jinja", "unknown")]
    [InlineData("MiniMax-M3.jinja", "unknown")]
    [InlineData("Mistral-Small-3.2-24B-Instruct-2506.jinja", "mistral-v7")]
    [InlineData("NVIDIA-Nemotron-3-Nano-30B-A3B-BF16.jinja", "chatml")]
    [InlineData("NVIDIA-Nemotron-Nano-v2.jinja", "unknown")]
    [InlineData("NousResearch-Hermes-2-Pro-Llama-3-8B-tool_use.jinja", "chatml")]
    [InlineData("NousResearch-Hermes-3-Llama-3.1-8B-tool_use.jinja", "chatml")]
    [InlineData("Qwen-QwQ-32B.jinja", "chatml")]
    [InlineData("Qwen-Qwen2.5-7B-Instruct.jinja", "chatml")]
    [InlineData("Qwen-Qwen3-0.6B.jinja", "chatml")]
    [InlineData("Qwen3-Coder.jinja", "chatml")]
    [InlineData("Qwen3.5-4B.jinja", "chatml")]
    [InlineData("Reka-Edge.jinja", "unknown")]
    [InlineData("Spark2.5.jinja", "unknown")]
    [InlineData("StepFun3.5-Flash.jinja", "chatml")]
    [InlineData("deepseek-ai-DeepSeek-R1-Distill-Llama-8B.jinja", "deepseek3")]
    [InlineData("deepseek-ai-DeepSeek-R1-Distill-Qwen-32B.jinja", "deepseek3")]
    [InlineData("deepseek-ai-DeepSeek-V3.1.jinja", "deepseek3")]
    [InlineData("deepseek-ai-DeepSeek-V3.2.jinja", "deepseek3")]
    [InlineData("deepseek-ai-DeepSeek-V4-Flash-0731.jinja", "deepseek3")]
    [InlineData("deepseek-ai-DeepSeek-V4.jinja", "deepseek3")]
    [InlineData("fireworks-ai-llama-3-firefunction-v2.jinja", "llama3")]
    [InlineData("google-gemma-2-2b-it.jinja", "gemma")]
    [InlineData("google-gemma-4-31B-it-interleaved.jinja", "unknown")]
    [InlineData("google-gemma-4-31B-it.jinja", "unknown")]
    [InlineData("ibm-granite-granite-3.3-2B-Instruct.jinja", "granite")]
    [InlineData("ibm-granite-granite-4.0.jinja", "granite-4.0")]
    [InlineData("ibm-granite-granite-4.1.jinja", "granite-4.1")]
    [InlineData("inclusionai-ling-3.0-flash.jinja", "bailing2")]
    [InlineData("llama-cpp-deepseek-r1.jinja", "deepseek3")]
    [InlineData("llama-cpp-rwkv-world.jinja", "rwkv-world")]
    [InlineData("meetkai-functionary-medium-v3.1.jinja", "llama3")]
    [InlineData("meetkai-functionary-medium-v3.2.jinja", "llama3")]
    [InlineData("meta-llama-Llama-3.1-8B-Instruct.jinja", "llama3")]
    [InlineData("meta-llama-Llama-3.2-3B-Instruct.jinja", "llama3")]
    [InlineData("meta-llama-Llama-3.3-70B-Instruct.jinja", "llama3")]
    [InlineData("microsoft-Phi-3.5-mini-instruct.jinja", "phi3")]
    [InlineData("mistralai-Ministral-3-14B-Reasoning-2512.jinja", "mistral-v7")]
    [InlineData("mistralai-Mistral-Nemo-Instruct-2407.jinja", "mistral-v3-tekken")]
    [InlineData("moonshotai-Kimi-K2.jinja", "kimi-k2")]
    [InlineData("muse-glimmer.jinja", "unknown")]
    [InlineData("openai-gpt-oss-120b.jinja", "gpt-oss")]
    [InlineData("openbmb-MiniCPM5-1B.jinja", "chatml")]
    [InlineData("poolside-Laguna-S-2.1.jinja", "unknown")]
    [InlineData("poolside-Laguna-XS-2.1.jinja", "unknown")]
    [InlineData("poolside-Laguna-XS.2.jinja", "unknown")]
    [InlineData("tencent-Hy3.jinja", "unknown")]
    [InlineData("unsloth-Apriel-1.5.jinja", "phi3")]
    [InlineData("unsloth-mistral-Devstral-Small-2507.jinja", "mistral-v7")]
    [InlineData("upstage-Solar-Open-100B.jinja", "solar-open")]
    public void Agrees_with_llama_cpp_on_its_own_template_files(string fileName, string family)
    {
        var template = File.ReadAllText(Path.Combine(TemplatesDirectory(), fileName));

        Assert.Equal(family, ChatTemplateDetector.Detect(template));
    }

    private static string TemplatesDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "native", "llama", "models", "templates");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("native/llama/models/templates (extracted by native/fetch.sh during the build)");
    }
}
