using AgentHost.Agents.Safety;

namespace AgentHost.Agents.Tests.Safety;

public sealed class SafetyTextNormalizerTests
{
    [Theory]
    [InlineData("不 想 活 了", "不想活了")]
    [InlineData("不-想-活", "不想活")]
    [InlineData("不.想.活…了！", "不想活了")]
    [InlineData("不\u200b想\u200d活\ufeff了", "不想活了")]
    [InlineData("不😭想😭活", "不想活")]
    [InlineData("不　想　活　了", "不想活了")]
    [InlineData("Ｉ　ＷＡＮＴ　ｔｏ　ｄｉｅ", "i want to die")]
    [InlineData("I   want\tto\n\ndie!!!", "i want to die")]
    [InlineData("I don’t want to wake up", "i dont want to wake up")]
    [InlineData("I'm a burden", "im a burden")]
    [InlineData("k.i.l.l myself", "kill myself")]
    [InlineData("i want to d-i-e", "i want to die")]
    [InlineData("self-harm", "self harm")]
    [InlineData("体温38.6℃", "体温38.6°c")]
    [InlineData("体温 38.6 ℃", "体温 38.6 °c")]
    [InlineData("INR 2,5 和 3.0", "inr 2,5 和 3.0")]
    [InlineData("我不想活了lol", "我不想活了lol")]
    [InlineData("  ", "")]
    public void Normalizes_dodges_width_case_and_separators(string input, string expected) =>
        Assert.Equal(expected, SafetyTextNormalizer.Normalize(input));

    [Fact]
    public void Keeps_separators_between_latin_and_chinese_as_one_space() =>
        Assert.Equal("我的 inr 是 2.8", SafetyTextNormalizer.Normalize("我的 INR 是 2.8"));
}
