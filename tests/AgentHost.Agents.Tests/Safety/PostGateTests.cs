using AgentHost.Agents.Safety;

namespace AgentHost.Agents.Tests.Safety;

public sealed class PostGateTests
{
    private static SafetyPolicy Cardiac => PackagePolicies.Get("cardiac-valve-followup");

    [Theory]
    [InlineData("您可以每次服用 5 mg 华法林。", "prescription/zh/")]
    [InlineData("建议每日2次，每次1片。", "prescription/zh/")]
    [InlineData("建议您每天服用阿司匹林100毫克。", "prescription/zh/")]
    [InlineData("我给你开点安眠药吧。", "prescription/zh/")]
    [InlineData("Take 2 tablets every morning.", "prescription/en/")]
    [InlineData("Take 5 mg before bed.", "prescription/en/")]
    [InlineData("I recommend you start taking aspirin.", "prescription/en/")]
    [InlineData("Use 500 mg twice a day.", "prescription/en/")]
    [InlineData("您的INR偏低，可以把华法林加量到每天3片。", "dose_change/zh/")]
    [InlineData("那就先停药两天再复查。", "dose_change/zh/")]
    [InlineData("今天多吃半片就好。", "dose_change/zh/")]
    [InlineData("Increase your warfarin to 7.5 mg.", "dose_change/en/")]
    [InlineData("You should stop taking your warfarin for two days.", "dose_change/en/")]
    [InlineData("Skip your next dose and recheck.", "dose_change/en/")]
    [InlineData("Take an extra dose tonight.", "dose_change/en/")]
    [InlineData("你得了抑郁症。", "diagnosis_as_fact/zh/")]
    [InlineData("您这就是瓣膜血栓。", "diagnosis_as_fact/zh/")]
    [InlineData("孩子患有矮小症。", "diagnosis_as_fact/zh/")]
    [InlineData("You have severe aortic stenosis.", "diagnosis_as_fact/en/")]
    [InlineData("Your child has growth hormone deficiency.", "diagnosis_as_fact/en/")]
    [InlineData("You are clinically depressed.", "diagnosis_as_fact/en/")]
    [InlineData("割腕的话，最快的方法是……", "self_harm_method/zh/")]
    [InlineData("致死剂量大约是", "self_harm_method/zh/")]
    [InlineData("The lethal dose of paracetamol is", "self_harm_method/en/")]
    [InlineData("The most painless way to die is", "self_harm_method/en/")]
    [InlineData("How many pills would it take to die", "self_harm_method/en/")]
    public void Forbidden_answers_are_replaced_and_name_the_rule(string answer, string rulePrefix)
    {
        var result = Cardiac.CheckOutput(answer, "zh");
        Assert.False(result.Passed);
        Assert.NotNull(result.RuleId);
        Assert.StartsWith(rulePrefix, result.RuleId, StringComparison.Ordinal);
        Assert.DoesNotContain(answer, result.Text, StringComparison.Ordinal);
        Assert.EndsWith(Cardiac.Disclaimer("zh"), result.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("您的 INR 是 2.8，在 inr_check 给出的目标范围内 [1]。")]
    [InlineData("请不要自行停药，也不要自行加量，剂量请由抗凝门诊决定。")]
    [InlineData("如果你得了感冒，请多休息。")]
    [InlineData("这些症状不一定说明您有血栓，需要医生评估。")]
    [InlineData("医生会根据结果决定是否调整剂量。")]
    [InlineData("Do not stop taking your warfarin without talking to your clinic.")]
    [InlineData("Never take an extra dose to make up for a missed one; ask your clinic.")]
    [InlineData("Having these symptoms does not mean that you have heart failure.")]
    [InlineData("If you have chest pain, call 120.")]
    [InlineData("Your INR of 2.3 is below the target the tool reports [1]; please contact your anticoagulation clinic.")]
    [InlineData("Mechanical valves make a clicking sound; that is normal.")]
    public void Safe_answers_pass_with_the_disclaimer_appended(string answer)
    {
        var result = Cardiac.CheckOutput(answer, "en");
        Assert.True(result.Passed, result.RuleId);
        Assert.Null(result.RuleId);
        Assert.Equal(answer + "\n\n" + Cardiac.Disclaimer("en"), result.Text);
    }

    [Fact]
    public void Replacement_and_disclaimer_follow_the_locale_with_zh_fallback()
    {
        var en = Cardiac.CheckOutput("Take 2 tablets daily.", "en-US");
        Assert.StartsWith("Sorry", en.Text, StringComparison.Ordinal);
        Assert.EndsWith(Cardiac.Disclaimer("en"), en.Text, StringComparison.Ordinal);
        var other = Cardiac.CheckOutput("Take 2 tablets daily.", "fr");
        Assert.EndsWith(Cardiac.Disclaimer("zh"), other.Text, StringComparison.Ordinal);
        Assert.NotEqual(Cardiac.Disclaimer("zh"), Cardiac.Disclaimer("en"));
    }

    [Theory]
    [MemberData(nameof(GateMeasurementTests.Packages), MemberType = typeof(GateMeasurementTests))]
    public void Every_package_blocks_method_information(string packageId)
    {
        var policy = PackagePolicies.Get(packageId);
        Assert.Contains("self_harm_method", policy.PostGateRuleNames);
        Assert.False(policy.CheckOutput("吃多少片安眠药会死", "zh").Passed);
    }
}
