namespace AgentHost.Inference.Gguf;

/// <summary>
/// Names the chat-template family of a template text the way llama.cpp's <c>llm_chat_detect_template</c> does (a port
/// of its marker tests, in its order), so AgentHost knows which built-in formatter
/// <c>llama_chat_apply_template</c> will use: <c>bailing2</c> for Ling 2.0 / AntAngelMed, <c>chatml</c> for
/// Qwen-style, <c>llama3</c>, ... and <c>unknown</c> when llama.cpp would refuse it.
/// </summary>
public static class ChatTemplateDetector
{
    public const string Unknown = "unknown";

    /// <summary>The family when a model carries no template at all.</summary>
    public const string None = "none";

    /// <summary>The names llama.cpp accepts in place of a template text (LLM_CHAT_TEMPLATES).</summary>
    public static IReadOnlyList<string> BuiltInNames { get; } =
    [
        "chatml", "llama2", "llama2-sys", "llama2-sys-bos", "llama2-sys-strip", "mistral-v1", "mistral-v3",
        "mistral-v3-tekken", "mistral-v7", "mistral-v7-tekken", "phi3", "phi4", "falcon3", "zephyr", "monarch",
        "gemma", "orion", "openchat", "vicuna", "vicuna-orca", "deepseek", "deepseek2", "deepseek3", "deepseek-ocr",
        "command-r", "llama3", "chatglm3", "chatglm4", "glmedge", "minicpm", "exaone3", "exaone4", "exaone-moe",
        "rwkv-world", "granite", "granite-4.0", "granite-4.1", "gigachat", "megrez", "yandex", "bailing",
        "bailing-think", "bailing2", "llama4", "smolvlm", "hunyuan-moe", "gpt-oss", "hunyuan-dense", "hunyuan-vl",
        "kimi-k2", "seed_oss", "grok-2", "pangu-embedded", "solar-open",
    ];

    /// <summary>The family llama.cpp detects in <paramref name="template"/>; <see cref="None"/> for null or empty.</summary>
    public static string Detect(string? template)
    {
        if (string.IsNullOrEmpty(template))
        {
            return None;
        }

        if (BuiltInNames.Contains(template, StringComparer.Ordinal))
        {
            return template;
        }

        bool Has(string marker) => template.Contains(marker, StringComparison.Ordinal);

        if (Has("<|im_start|>"))
        {
            return Has("<|im_sep|>") ? "phi4" : Has("<end_of_utterance>") ? "smolvlm" : "chatml";
        }

        if (template.StartsWith("mistral", StringComparison.Ordinal) || Has("[INST]"))
        {
            return DetectMistralOrLlama2(Has);
        }

        return DetectOther(Has);
    }

    private static string DetectMistralOrLlama2(Func<string, bool> has)
    {
        if (has("[SYSTEM_PROMPT]"))
        {
            return "mistral-v7";
        }

        if (has("' [INST] ' + system_message") || has("[AVAILABLE_TOOLS]"))
        {
            return has(" [INST]") ? "mistral-v1" : has("\"[INST]\"") ? "mistral-v3-tekken" : "mistral-v3";
        }

        return has("content.strip()") ? "llama2-sys-strip"
            : has("bos_token + '[INST]") ? "llama2-sys-bos"
            : has("<<SYS>>") ? "llama2-sys"
            : "llama2";
    }

    private static string DetectOther(Func<string, bool> has)
    {
        if (has("<|assistant|>") && has("<|end|>"))
        {
            return "phi3";
        }

        if (has("[gMASK]<sop>"))
        {
            return "chatglm4";
        }

        if (has("<|assistant|>") && has("<|user|>"))
        {
            return has("<|tool_declare|>") ? "exaone-moe" : has("</s>") ? "falcon3" : "glmedge";
        }

        var family = FirstMatch(has,
        [
            (["<|{{ item['role'] }}|>", "<|begin_of_image|>"], "glmedge"),
            (["<|user|>", "<|endoftext|>"], "zephyr"),
            (["bos_token + message['role']"], "monarch"),
            (["<start_of_turn>"], "gemma"),
            (["'\\n\\nAssistant: ' + eos_token"], "orion"),
            (["GPT4 Correct "], "openchat"),
        ]);
        if (family is not null)
        {
            return family;
        }

        if (has("USER: ") && has("ASSISTANT: "))
        {
            return has("SYSTEM: ") ? "vicuna-orca" : "vicuna";
        }

        family = FirstMatch(has,
        [
            (["### Instruction:", "<|EOT|>"], "deepseek"),
            (["<|START_OF_TURN_TOKEN|>", "<|USER_TOKEN|>"], "command-r"),
            (["<|start_header_id|>", "<|end_header_id|>"], "llama3"),
            (["[gMASK]sop"], "chatglm3"),
            (["<用户>"], "minicpm"),
            (["'Assistant: ' + message['content'] + eos_token"], "deepseek2"),
            (["<｜Assistant｜>", "<｜User｜>", "<｜end▁of▁sentence｜>"], "deepseek3"),
        ]);
        if (family is not null)
        {
            return family;
        }

        if (has("[|system|]") && has("[|assistant|]") && has("[|endofturn|]"))
        {
            return has("[|tool|]") ? "exaone4" : "exaone3";
        }

        if (has("rwkv-world") || has("{{- 'User: ' + message['content']|trim + '\\n\\n' -}}"))
        {
            return "rwkv-world";
        }

        if (has("<|start_of_role|>"))
        {
            return has("<tool_call>") || has("<tools>")
                ? has("g4_default_system_message") ? "granite-4.0" : "granite-4.1"
                : "granite";
        }

        return FirstMatch(has,
        [
            (["message['role'] + additional_special_tokens[0] + message['content'] + additional_special_tokens[1]"], "gigachat"),
            (["<|role_start|>"], "megrez"),
            ([" Ассистент:"], "yandex"),
            (["<role>ASSISTANT</role>", "'HUMAN'"], "bailing"),
            (["<role>ASSISTANT</role>", "\"HUMAN\"", "<think>"], "bailing-think"),
            (["<role>ASSISTANT</role>", "<role>HUMAN</role>", "<|role_end|>"], "bailing2"),
            (["<|header_start|>", "<|header_end|>"], "llama4"),
            (["<|endofuserprompt|>"], "dots1"),
            (["<|extra_0|>", "<|extra_4|>"], "hunyuan-moe"),
            (["<|start|>", "<|channel|>"], "gpt-oss"),
            (["<｜hy_Assistant｜>", "<｜hy_begin▁of▁sentence｜>"], "hunyuan-vl"),
            (["<｜hy_Assistant｜>", "<｜hy_place▁holder▁no▁3｜>"], "hunyuan-dense"),
            (["<|im_assistant|>assistant<|im_middle|>"], "kimi-k2"),
            (["<seed:bos>"], "seed_oss"),
            (["'Assistant: '  + message['content'] + '<|separator|>"], "grok-2"),
            (["[unused9]系统：[unused10]"], "pangu-embedded"),
            (["<|begin|>", "<|end|>", "<|content|>"], "solar-open"),
        ]) ?? Unknown;
    }

    private static string? FirstMatch(Func<string, bool> has, (string[] Markers, string Family)[] rules)
    {
        foreach (var (markers, family) in rules)
        {
            if (Array.TrueForAll(markers, m => has(m)))
            {
                return family;
            }
        }

        return null;
    }
}
