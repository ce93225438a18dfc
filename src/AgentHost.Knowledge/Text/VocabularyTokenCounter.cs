using AgentHost.Inference.Engine;

namespace AgentHost.Knowledge.Text;

/// <summary>Exact counts with the served model's own vocabulary (llama.cpp tokenizer), when a model is loaded.</summary>
public sealed class VocabularyTokenCounter(LlamaVocabulary vocabulary) : ITokenCounter
{
    public int CountTokens(string text) => vocabulary.CountTokens(text);
}
