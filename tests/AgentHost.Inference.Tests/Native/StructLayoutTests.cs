using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using AgentHost.Inference.Native;

namespace AgentHost.Inference.Tests.Native;

/// <summary>
/// The managed mirrors of llama.h structs must match the C compiler's layout of the pinned header byte for byte:
/// a drift here corrupts memory silently. The header is compiled with gcc and every field offset compared.
/// </summary>
public sealed class StructLayoutTests
{
    [Fact]
    public void Sizes_match_the_pinned_header()
    {
        Assert.Equal(80, Marshal.SizeOf<LlamaModelParams>());
        Assert.Equal(160, Marshal.SizeOf<LlamaContextParams>());
        Assert.Equal(56, Marshal.SizeOf<LlamaBatch>());
        Assert.Equal(16, Marshal.SizeOf<LlamaChatMessage>());
        Assert.Equal(16, Marshal.SizeOf<LlamaTensorBufferOverride>());
        Assert.Equal(1, Marshal.SizeOf<LlamaSamplerChainParams>());
        Assert.Equal(8, Marshal.SizeOf<LlamaLogitBias>());
    }

    [Theory]
    [InlineData(typeof(LlamaModelParams), "llama_model_params")]
    [InlineData(typeof(LlamaContextParams), "llama_context_params")]
    [InlineData(typeof(LlamaBatch), "llama_batch")]
    [InlineData(typeof(LlamaChatMessage), "llama_chat_message")]
    [InlineData(typeof(LlamaTensorBufferOverride), "llama_model_tensor_buft_override")]
    [InlineData(typeof(LlamaPerfContextData), "llama_perf_context_data")]
    [InlineData(typeof(LlamaLogitBias), "llama_logit_bias")]
    public void Every_field_offset_matches_gcc(Type managed, string cStruct)
    {
        var fields = managed.GetFields().Select(f => f.Name).ToArray();
        var cLayout = CompileAndReadLayout(cStruct, fields);

        Assert.Equal(cLayout["sizeof"], Marshal.SizeOf(managed));
        foreach (var field in fields)
        {
            Assert.True(cLayout[field] == (long)Marshal.OffsetOf(managed, field),
                $"{cStruct}.{field}: C offset {cLayout[field]}, managed {Marshal.OffsetOf(managed, field)}");
        }
    }

    private static Dictionary<string, long> CompileAndReadLayout(string cStruct, string[] fields)
    {
        var work = Directory.CreateTempSubdirectory("agenthost-layout-");
        try
        {
            var source = Path.Combine(work.FullName, "layout.c");
            var exe = Path.Combine(work.FullName, "layout");
            var lines = new List<string>
            {
                "#include <stdio.h>",
                "#include <stddef.h>",
                "#include \"llama.h\"",
                "int main(void) {",
                $"  printf(\"sizeof %zu\\n\", sizeof(struct {cStruct}));",
            };
            lines.AddRange(fields.Select(f => $"  printf(\"{f} %zu\\n\", offsetof(struct {cStruct}, {f}));"));
            lines.Add("  return 0; }");
            File.WriteAllLines(source, lines);

            Run("gcc", $"-std=c11 -I\"{RepoPaths.LlamaInclude}\" -I\"{RepoPaths.GgmlInclude}\" -o \"{exe}\" \"{source}\"");
            return Run(exe, "")
                .Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(l => l.Split(' '))
                .ToDictionary(p => p[0], p => long.Parse(p[1], CultureInfo.InvariantCulture));
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static string Run(string file, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{file} failed: {error}");
        return output;
    }
}
