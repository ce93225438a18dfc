namespace AgentHost.Agents.Packages;

/// <summary>Writes a new, valid agent package that an author then edits (<c>agenthost agents new &lt;id&gt;</c>).</summary>
public static class PackageScaffolder
{
    /// <summary>Creates <c>&lt;agentsDirectory&gt;/&lt;id&gt;</c>; returns its path. Refuses to overwrite.</summary>
    public static string Create(string agentsDirectory, string id, PackageLoadContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var directory = Path.Combine(Path.GetFullPath(agentsDirectory), id);
        if (Directory.Exists(directory))
        {
            throw new AgentPackageException(id, [new PackageProblem(id, 0, "a package with this id already exists")]);
        }

        var include = new[] { "safety", "citations", "tool-use" }.Where(f => AgentPackageLoader.SharedFragment(context, f, "zh") is not null).ToList();
        var files = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["agent.yaml"] = $"""
                schema: 1
                id: {id}
                version: 0.1.0
                name:
                  zh: 新助手
                  en: New assistant
                description:
                  zh: 说明这个助手为谁、做什么、不做什么。
                  en: "Say whom this assistant serves, and what it does and does not do."
                greeting:
                  zh: 您好，我是医院的AI助手。请问有什么可以帮您？
                  en: "Hello, I am the hospital's AI assistant. How can I help?"
                default_locale: zh
                model: {"{"} temperature: 0.3, max_tokens: 800 {"}"}
                prompts:
                  system: {"{"} zh: prompts/system.zh.md, en: prompts/system.en.md {"}"}
                  include: [{string.Join(", ", include)}]
                tools: []
                knowledge: {"{"} collection: {id}, sources: knowledge/, top_k: 4 {"}"}
                safety:
                  policy: safety.yaml
                  disclaimer: {"{"} zh: prompts/disclaimer.zh.md, en: prompts/disclaimer.en.md {"}"}

                """,
            ["prompts/system.zh.md"] = "你是{{agent_name}}，医院的人工智能助手（不是医生）。今天是{{date}}。\n\n已知患者情况：{{patient_context}}\n\n用通俗、温和的语言回答；不诊断，不开药，不调整剂量；需要计算的临床数值只用工具得到。\n",
            ["prompts/system.en.md"] = "You are {{agent_name}}, the hospital's AI assistant (not a doctor). Today is {{date}}.\n\nWhat we know about the patient: {{patient_context}}\n\nAnswer in plain, kind language; never diagnose, prescribe or change a dose; get clinical numbers only from the tools.\n",
            ["prompts/disclaimer.zh.md"] = "以上内容由AI生成，仅供参考，不能代替医生的诊断和治疗。\n",
            ["prompts/disclaimer.en.md"] = "This answer was written by an AI. It is general information, not a diagnosis or treatment.\n",
            ["prompts/escalation-crisis.zh.md"] = "你现在的安全最重要。请马上拨打心理援助热线 {{hotline_crisis}}，或在危险时拨打 {{hotline_emergency}} / {{hotline_police}}。医院联系方式：{{hospital_contact}}。\n",
            ["prompts/escalation-crisis.en.md"] = "Your safety matters most right now. Please call the mental-health hotline {{hotline_crisis}} now, or {{hotline_emergency}} / {{hotline_police}} if you are in danger. Hospital contact: {{hospital_contact}}.\n",
            ["safety.yaml"] = """
                schema: 1
                lexicons: [crisis]
                escalation:
                  crisis: { zh: prompts/escalation-crisis.zh.md, en: prompts/escalation-crisis.en.md }
                post_gate:
                  forbid: [prescription, dose_change, diagnosis_as_fact]

                """,
            ["knowledge/README.md"] = "---\ntitle: 关于本助手的知识库\nsource: 本院\ndate: 2026-01-01\nlanguage: zh\nid: about\n---\n\n# 关于本助手的知识库\n\n把医院审核过的患者教育材料放在这个文件夹里（Markdown、文本或 HTML），每篇注明来源和日期。\n",
            ["README.md"] = $"# {id}\n\nWhat this agent does, for whom, with which tools and safety policy. See docs/AGENT-AUTHORING.md.\n",
        };

        foreach (var (relative, text) in files)
        {
            var path = Path.Combine(directory, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        return directory;
    }
}
