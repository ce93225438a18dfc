namespace AgentHost.Agents.Tests.Safety;

/// <summary>A throw-away package and shared safety folder on disk, valid until a test breaks one file.</summary>
internal sealed class PolicyFixture : IDisposable
{
    public const string ValidPolicy = """
        schema: 1
        lexicons: [crisis]
        patterns:
          emergency:
            zh: ['胸痛']
            en: ['\bchest pain\b']
        escalation:
          crisis: { zh: prompts/crisis.zh.md, en: prompts/crisis.en.md }
          emergency: { zh: prompts/emergency.zh.md }
        post_gate:
          forbid: [prescription, dose_change, diagnosis_as_fact]
        """;

    public const string ValidLexicon = """
        schema: 1
        kind: crisis
        description: test
        match:
          zh: ['不想活', '想死']
          en: ['\bwant to die\b']
        except:
          zh: ['想死你']
        """;

    public PolicyFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "agenthost-safety-" + Guid.NewGuid().ToString("N"));
        Package = Path.Combine(Root, "agents", "demo");
        Shared = Path.Combine(Root, "safety");
        Directory.CreateDirectory(Path.Combine(Package, "prompts"));
        Directory.CreateDirectory(Shared);
        Write("agents/demo/safety.yaml", ValidPolicy);
        Write("safety/crisis.yaml", ValidLexicon);
        Write("agents/demo/prompts/crisis.zh.md", "请拨打 {{hotline_crisis}}，紧急时拨打 {{hotline_emergency}} 或 {{hotline_police}}。联系：{{hospital_contact}}");
        Write("agents/demo/prompts/crisis.en.md", "Call {{hotline_crisis}}; in danger call {{ hotline_emergency }}. Contact: {{hospital_contact}}");
        Write("agents/demo/prompts/emergency.zh.md", "请拨打 {{hotline_emergency}}。");
        Write("agents/demo/prompts/disclaimer.zh.md", "AI 生成，仅供参考。");
        Write("agents/demo/prompts/disclaimer.en.md", "AI-generated, for information only.");
    }

    public string Root { get; }

    public string Package { get; }

    public string Shared { get; }

    public string PolicyPath => Path.GetFullPath(Path.Combine(Package, "safety.yaml"));

    public void Write(string relative, string text) => File.WriteAllText(Path.Combine(Root, relative), text);

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
