using System.Text;
using AgentHost.Knowledge.Ingestion;
using AgentHost.Knowledge.Text;

namespace AgentHost.Knowledge.Tests;

public sealed class TextChunkerTests
{
    [Fact]
    public void Chunks_end_at_CJK_sentence_punctuation_and_respect_the_token_limit()
    {
        var sentences = Enumerable.Range(0, 30).Select(i => $"第{i}句话讲的是抗凝治疗的注意事项{(i % 3 == 0 ? "！" : i % 3 == 1 ? "？" : "；")}").ToList();
        var document = Document(new DocumentSection("用药", string.Concat(sentences)));

        var chunks = new TextChunker(EstimatedTokenCounter.Instance, new ChunkingOptions(MaxTokens: 64, OverlapTokens: 20)).Chunk(document);

        Assert.True(chunks.Count > 3);
        Assert.All(chunks, c =>
        {
            Assert.True(c.TokenCount <= 64, $"chunk of {c.TokenCount} tokens");
            Assert.Contains(c.Text[^1], "！？；");
            Assert.StartsWith("第", c.Text, StringComparison.Ordinal);
            Assert.Equal("用药", c.SectionPath);
        });
        Assert.Equal(Enumerable.Range(0, chunks.Count), chunks.Select(c => c.Index));
    }

    [Fact]
    public void Consecutive_chunks_overlap_by_whole_sentences()
    {
        var text = string.Concat(Enumerable.Range(0, 20).Select(i => $"句子编号{i:D2}在这里结束。"));
        var chunks = new TextChunker(EstimatedTokenCounter.Instance, new ChunkingOptions(40, 15)).Chunk(Document(new DocumentSection("", text)));

        for (var i = 1; i < chunks.Count; i++)
        {
            var firstSentence = chunks[i].Text[..(chunks[i].Text.IndexOf('。', StringComparison.Ordinal) + 1)];
            Assert.Contains(firstSentence, chunks[i - 1].Text, StringComparison.Ordinal);
        }

        var all = string.Concat(chunks.Select(c => c.Text));
        Assert.All(Enumerable.Range(0, 20), i => Assert.Contains($"句子编号{i:D2}", all, StringComparison.Ordinal));
    }

    [Fact]
    public void A_chunk_never_spans_two_sections()
    {
        var chunks = new TextChunker(EstimatedTokenCounter.Instance, new ChunkingOptions(200, 20)).Chunk(Document(
            new DocumentSection("A", "短的第一节。"),
            new DocumentSection("B", "Short second section. It has two sentences.")));

        Assert.Equal(["A", "B"], chunks.Select(c => c.SectionPath));
        Assert.Equal("Short second section. It has two sentences.", chunks[1].Text);
    }

    [Fact]
    public void An_overlong_sentence_is_cut_into_pieces_within_the_limit()
    {
        var chunks = new TextChunker(EstimatedTokenCounter.Instance, new ChunkingOptions(32, 0)).Chunk(Document(new DocumentSection("", new string('长', 100))));

        Assert.Equal(4, chunks.Count);
        Assert.All(chunks, c => Assert.True(c.TokenCount <= 32));
        Assert.Equal(100, chunks.Sum(c => c.Text.Length));
    }

    [Fact]
    public void English_sentences_split_after_a_period_and_a_space_but_not_inside_numbers()
    {
        var chunks = new TextChunker(EstimatedTokenCounter.Instance, new ChunkingOptions(16, 0)).Chunk(Document(new DocumentSection("",
            "Keep your INR near 2.5 as agreed with the clinic. Eat a steady amount of greens every week. Report black stools at once.")));

        Assert.Contains(chunks, c => c.Text.Contains("2.5", StringComparison.Ordinal));
        Assert.All(chunks, c => Assert.EndsWith(".", c.Text, StringComparison.Ordinal));
    }

    private static SourceDocument Document(params DocumentSection[] sections) =>
        new("doc", "Title", "source", null, "zh", null, DocumentReader.HashOf(Encoding.UTF8.GetBytes("x")), sections);
}
