using AgentHost.Clinical.Growth;

namespace AgentHost.Clinical.Tests.Growth;

/// <summary>CLINICAL.md §A5 test vectors: father 175 cm, mother 160 cm.</summary>
public sealed class MidParentalHeightTests
{
    private readonly MidParentalHeightTool _tool = new();

    [Fact]
    public void Tanner_and_Luo_targets_match_the_worked_example()
    {
        var result = _tool.Evaluate(new MidParentalHeightRequest { FatherHeightCm = 175, MotherHeightCm = 160 });

        Assert.Equal(167.5, result.MidParentalHeightCm);
        Assert.Equal(new TargetHeight(174.0, 165.5, 182.5), result.Tanner.Male);
        Assert.Equal(new TargetHeight(161.0, 152.5, 169.5), result.Tanner.Female);
        Assert.Equal(new TargetHeight(176.64, 166.64, 186.64), result.Luo.Male);
        Assert.Equal(new TargetHeight(163.48, 153.48, 173.48), result.Luo.Female);
        Assert.Equal(8.5, result.Tanner.RangeCm);
        Assert.Equal(10, result.Luo.RangeCm);
        Assert.Contains("Tanner", result.Citation, StringComparison.Ordinal);
        Assert.Contains("Luo", result.Citation, StringComparison.Ordinal);
    }

    [Fact]
    public void Sex_limits_the_result_to_that_child()
    {
        var result = _tool.Evaluate(new MidParentalHeightRequest { FatherHeightCm = 175, MotherHeightCm = 160, Sex = Sex.Female });

        Assert.Null(result.Tanner.Male);
        Assert.Null(result.Luo.Male);
        Assert.NotNull(result.Tanner.Female);
    }

    [Fact]
    public void A_height_in_millimetres_is_named()
    {
        var ex = Assert.Throws<ClinicalInputException>(() => _tool.Evaluate(new MidParentalHeightRequest { FatherHeightCm = 1750, MotherHeightCm = 160 }));

        Assert.Equal("father_height_cm", ex.Field);
        Assert.Equal("father_height_cm must be between 120 and 230 cm (got 1750); it looks like millimetres, give centimetres", ex.Message);
        Assert.Equal("invalid_tool_arguments", ex.Code);
    }

    [Fact]
    public void A_missing_parent_height_is_named()
    {
        var ex = Assert.Throws<ClinicalInputException>(() => _tool.Evaluate(new MidParentalHeightRequest { FatherHeightCm = 175 }));

        Assert.Equal("mother_height_cm", ex.Field);
    }
}
