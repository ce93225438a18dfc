using AgentHost.Knowledge.Text;

namespace AgentHost.Knowledge.Tests;

public sealed class LexicalTokenizerTests
{
    [Fact]
    public void Chinese_becomes_overlapping_bigrams_and_punctuation_breaks_runs()
    {
        Assert.Equal(["华法", "法林", "抗凝"], LexicalTokenizer.Tokenize("华法林，抗凝"));
    }

    [Fact]
    public void A_single_CJK_character_between_separators_stays_a_unigram()
    {
        Assert.Equal(["药", "inr", "2", "5"], LexicalTokenizer.Tokenize("药 INR 2.5"));
    }

    [Fact]
    public void Mixed_scripts_split_at_the_script_boundary_and_words_are_lower_cased()
    {
        Assert.Equal(["inr", "值偏", "偏高", "warfarin"], LexicalTokenizer.Tokenize("INR值偏高 Warfarin"));
    }

    [Fact]
    public void Full_width_letters_and_digits_match_their_ASCII_forms()
    {
        Assert.Equal(LexicalTokenizer.Tokenize("INR 3"), LexicalTokenizer.Tokenize("ＩＮＲ ３"));
    }

    [Fact]
    public void Sparse_vectors_have_unique_sorted_indices_and_saturated_weights()
    {
        var vector = SparseVectorEncoder.ForDocument("心悸 心悸 心悸 胸痛");
        Assert.Equal(vector.Indices.Order(), vector.Indices);
        Assert.Equal(2, vector.Indices.Count);
        var heart = vector.Values[vector.Indices.ToList().IndexOf(SparseVectorEncoder.Hash("心悸"))];
        Assert.True(heart > 1f && heart < 2.2f);
        Assert.All(SparseVectorEncoder.ForQuery("心悸 心悸").Values, v => Assert.Equal(1f, v));
    }

    [Fact]
    public void Estimated_token_counts_one_per_CJK_character_and_a_quarter_per_Latin_letter()
    {
        Assert.Equal(4, EstimatedTokenCounter.Instance.CountTokens("心脏瓣膜"));
        Assert.Equal(3, EstimatedTokenCounter.Instance.CountTokens("anticoagulation"[..12]));
        Assert.Equal(3, EstimatedTokenCounter.Instance.CountTokens("INR，高"));
    }
}
