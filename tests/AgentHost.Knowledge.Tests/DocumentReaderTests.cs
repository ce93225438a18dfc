using System.Text;
using AgentHost.Knowledge.Ingestion;

namespace AgentHost.Knowledge.Tests;

public sealed class DocumentReaderTests
{
    [Fact]
    public void Markdown_front_matter_gives_metadata_and_headings_give_section_paths()
    {
        var document = Parse("guide/inr.md", """
            ---
            id: inr-basics
            title: INR 自我管理
            source: ESC/EACTS 2021 瓣膜病指南
            date: 2021-08-28
            language: zh-CN
            version: "2"
            ---
            # INR 自我管理

            引言段落。

            ## 目标范围

            - 第一项 **重点**
            - 第二项

            ### 机械瓣

            | 类型 | 目标 |
            |---|---|
            | 主动脉瓣 | 2.5 |

            ## 何时就医

            出现黑便立即就医。
            """);

        Assert.Equal("inr-basics", document.DocumentId);
        Assert.Equal("INR 自我管理", document.Title);
        Assert.Equal("ESC/EACTS 2021 瓣膜病指南", document.Source);
        Assert.Equal("2021-08-28", document.SourceDate);
        Assert.Equal("zh", document.Language);
        Assert.Equal("2", document.Version);
        Assert.Equal(["", "目标范围", "目标范围 > 机械瓣", "何时就医"], document.Sections.Select(s => s.SectionPath));
        Assert.Equal("第一项 重点\n第二项", document.Sections[1].Text);
        Assert.Contains("主动脉瓣 | 2.5", document.Sections[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_front_matter_the_id_is_the_relative_path_and_the_language_is_guessed()
    {
        var document = Parse("sub/notes.md", "# Growth notes\n\nChildren grow about 25 cm in the first year.\n");

        Assert.Equal("sub/notes", document.DocumentId);
        Assert.Equal("Growth notes", document.Title);
        Assert.Equal("en", document.Language);
        Assert.Equal("sub/notes.md", document.Source);
    }

    [Fact]
    public void Html_becomes_text_with_meta_tags_title_and_heading_sections()
    {
        var document = Parse("page.html", """
            <!doctype html><html lang="zh-CN"><head><title>睡眠 &amp; 成长</title>
            <meta name="source" content="WHO 2019"><meta name="date" content="2019-04-24">
            <style>p { color: red }</style><script>var secret = "不应出现";</script></head>
            <body><h1>睡眠 &amp; 成长</h1><p>学龄儿童每晚需要<b>9–12</b>小时睡眠。</p>
            <h2>建议</h2><ul><li>固定作息</li><li>睡前少用屏幕</li></ul><!-- 注释 --></body></html>
            """);

        Assert.Equal("睡眠 & 成长", document.Title);
        Assert.Equal("WHO 2019", document.Source);
        Assert.Equal("2019-04-24", document.SourceDate);
        Assert.Equal("zh", document.Language);
        Assert.Equal(["", "建议"], document.Sections.Select(s => s.SectionPath));
        Assert.Equal("学龄儿童每晚需要9–12小时睡眠。", document.Sections[0].Text);
        Assert.Equal("固定作息\n睡前少用屏幕", document.Sections[1].Text);
        Assert.DoesNotContain(document.Sections, s => s.Text.Contains("不应出现", StringComparison.Ordinal) || s.Text.Contains("注释", StringComparison.Ordinal));
    }

    [Fact]
    public void Plain_text_may_carry_front_matter()
    {
        var document = Parse("a.txt", "---\nid: plain\ntitle: 纯文本\n---\n第一段。\n\n第二段。\n");

        Assert.Equal("plain", document.DocumentId);
        Assert.Equal("纯文本", document.Title);
        Assert.Equal("第一段。\n第二段。", Assert.Single(document.Sections).Text);
    }

    [Fact]
    public void Broken_front_matter_is_a_clear_error_naming_the_file()
    {
        var error = Assert.Throws<KnowledgeInputException>(() => Parse("bad.md", "---\ntitle: [unclosed\n---\ntext"));
        Assert.Equal("document_invalid", error.Code);
        Assert.StartsWith("bad.md: front matter is not valid YAML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Content_hash_changes_with_content()
    {
        Assert.NotEqual(Parse("a.md", "甲").ContentHash, Parse("a.md", "乙").ContentHash);
        Assert.Equal(Parse("a.md", "甲").ContentHash, Parse("b.md", "甲").ContentHash);
    }

    private static SourceDocument Parse(string path, string text) => DocumentReader.Parse(Encoding.UTF8.GetBytes(text), path);
}
