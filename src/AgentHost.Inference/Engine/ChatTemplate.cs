using System.Runtime.InteropServices;
using System.Text;
using AgentHost.Inference.Native;

namespace AgentHost.Inference.Engine;

/// <summary>
/// Renders chat messages with the model's built-in template through <c>llama_chat_apply_template</c> (which
/// recognises bailing2, chatml, llama3 and the other families llama.cpp knows by their markers).
/// </summary>
public sealed unsafe class ChatTemplate
{
    private readonly string _template;

    internal ChatTemplate(string? modelTemplate)
    {
        _template = string.IsNullOrWhiteSpace(modelTemplate) ? "chatml" : modelTemplate;
    }

    /// <summary>The template text (the model's Jinja source, or a llama.cpp family name).</summary>
    public string Source => _template;

    public string Render(IReadOnlyList<TemplateMessage> messages, bool addAssistantPrefix = true)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var strings = new List<nint>(messages.Count * 2 + 1);
        var chat = new LlamaChatMessage[messages.Count];
        try
        {
            var template = Marshal.StringToCoTaskMemUTF8(_template);
            strings.Add(template);
            var total = 0;
            for (var i = 0; i < messages.Count; i++)
            {
                var role = Marshal.StringToCoTaskMemUTF8(messages[i].Role);
                var content = Marshal.StringToCoTaskMemUTF8(messages[i].Content);
                strings.Add(role);
                strings.Add(content);
                chat[i] = new LlamaChatMessage { role = (byte*)role, content = (byte*)content };
                total += Encoding.UTF8.GetByteCount(messages[i].Content) + 64;
            }

            var buffer = new byte[(total * 2) + 256];
            fixed (LlamaChatMessage* c = chat)
            {
                var n = Apply((byte*)template, c, messages.Count, addAssistantPrefix, buffer);
                if (n > buffer.Length)
                {
                    buffer = new byte[n];
                    n = Apply((byte*)template, c, messages.Count, addAssistantPrefix, buffer);
                }

                if (n < 0)
                {
                    throw new InvalidOperationException("llama.cpp does not know this model's chat template; configure a model with a supported template.");
                }

                return Encoding.UTF8.GetString(buffer, 0, n);
            }
        }
        finally
        {
            foreach (var s in strings)
            {
                Marshal.FreeCoTaskMem(s);
            }
        }
    }

    private static int Apply(byte* template, LlamaChatMessage* chat, int count, bool addAssistant, byte[] buffer)
    {
        fixed (byte* b = buffer)
        {
            return LlamaNative.llama_chat_apply_template(template, chat, (nuint)count, addAssistant, b, buffer.Length);
        }
    }
}
