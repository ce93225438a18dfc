namespace AgentHost.Knowledge.Tests;

public sealed class CitationSetTests
{
    private static readonly CitationSet _citations = new([
        Hit("inr-basics", "INR 是什么", "目标范围", "ESC/EACTS 2021"),
        Hit("warning-signs", "需要立即就医的症状", "出血", "ACC/AHA 2020"),
        Hit("inr-basics", "INR 是什么", "目标范围", "ESC/EACTS 2021"),
        Hit("diet-vitamin-k", "饮食与维生素K", "", "ACCP 2012"),
    ]);

    [Fact]
    public void Prompt_block_numbers_hits_from_1_with_title_section_and_source()
    {
        var prompt = _citations.FormatForPrompt();
        Assert.StartsWith("[1] INR 是什么 — 目标范围 (ESC/EACTS 2021, 2024-01-01)\n", prompt, StringComparison.Ordinal);
        Assert.Contains("\n[4] 饮食与维生素K (ACCP 2012, 2024-01-01)\n", prompt, StringComparison.Ordinal);
    }

    [Fact]
    public void Chinese_answer_with_full_width_and_list_markers_resolves_in_order_of_first_citation()
    {
        var cited = _citations.Resolve("INR 偏低时要联系抗凝门诊【2】。绿叶蔬菜不必忌口，但要保持稳定［4］；目标值因瓣膜而异[1、3]。");

        Assert.Equal(["warning-signs", "diet-vitamin-k", "inr-basics"], cited.Select(c => c.DocumentId));
        Assert.Equal([2, 4, 1], cited.Select(c => c.Number));
        Assert.Equal("需要立即就医的症状", cited[0].Title);
        Assert.Equal("出血", cited[0].SectionPath);
        Assert.Equal("ACC/AHA 2020", cited[0].Source);
    }

    [Fact]
    public void English_answer_with_grouped_and_repeated_markers_is_deduplicated()
    {
        var cited = _citations.Resolve("Keep vitamin K intake steady [4]. Black stools need care at once [2][4], see also [1, 2].");

        Assert.Equal(["diet-vitamin-k", "warning-signs", "inr-basics"], cited.Select(c => c.DocumentId));
    }

    [Fact]
    public void Out_of_range_numbers_and_non_markers_are_ignored()
    {
        Assert.Empty(_citations.Resolve("INR 2.5 [0] [9] [a] (1) 第1条"));
    }

    private static KnowledgeHit Hit(string documentId, string title, string section, string source) =>
        new(Guid.NewGuid(), documentId, title, section, source, "2024-01-01", "zh", "text", 1);
}
