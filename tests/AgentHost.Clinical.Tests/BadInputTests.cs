using System.Text.Json;

namespace AgentHost.Clinical.Tests;

/// <summary>
/// Bad input through the JSON path the runtime and CLI use: each error names the field, echoes at most the
/// offending value, and never a serializer message.
/// </summary>
public sealed class BadInputTests
{
    private readonly ClinicalToolCatalog _catalog = ClinicalToolCatalog.CreateDefault();

    [Theory]
    [InlineData("""{"sex":"male","age_days":100,"weight_kg":-3}""", "weight_kg", "weight_kg must be between 0.5 and 250 kg (got -3)")]
    [InlineData("""{"sex":"male","age_days":8000,"weight_kg":30}""", "age_days", "age_days is beyond the growth tables: the WHO references cover 0 to 19 years (below 229 months) (got 8000 days)")]
    [InlineData("""{"sex":"female","age_months":230,"height_cm":150,"reference":"china"}""", "age_months", "age_months is beyond the growth tables: the China reference covers 0 to 18 years (216 months) (got 230 months)")]
    [InlineData("""{"sex":"unknown","age_days":100,"weight_kg":5}""", "sex", "sex must be one of \"male\", \"female\"")]
    [InlineData("""{"sex":"male","age_days":700,"height_cm":850}""", "height_cm", "height_cm must be between 30 and 230 cm (got 850); it looks like millimetres, give centimetres")]
    [InlineData("""{"sex":"male","age_days":700,"height_cm":0.85}""", "height_cm", "height_cm must be between 30 and 230 cm (got 0.85); it looks like metres, give centimetres")]
    [InlineData("""{"sex":"male","age_days":300,"weight_kg":8500}""", "weight_kg", "weight_kg must be between 0.5 and 250 kg (got 8500); it looks like grams, give kilograms")]
    [InlineData("""{"age_days":100,"weight_kg":5}""", "sex", "sex is required")]
    [InlineData("""{"sex":null,"age_days":100,"weight_kg":5}""", "sex", "sex is required")]
    [InlineData("""{"sex":"male","weight_kg":5}""", "age_days", "age is required: give age_days, age_months, or birth_date and measure_date")]
    [InlineData("""{"sex":"male","age_days":"ten","weight_kg":5}""", "age_days", "age_days must be a number")]
    [InlineData("""{"sex":"male","birth_date":"2020-13-01","measure_date":"2021-01-01","weight_kg":5}""", "birth_date", "birth_date must be a date (YYYY-MM-DD)")]
    [InlineData("""{"sex":"male","birth_date":"2021-01-01","measure_date":"2020-01-01","weight_kg":5}""", "measure_date", "measure_date must not be before birth_date")]
    [InlineData("""{"sex":"male","age_days":100,"weight":5}""", "weight", "unknown argument \"weight\"; the arguments are: sex, age_days, age_months, birth_date, measure_date, weight_kg, height_cm, measured, head_circumference_cm, muac_cm, triceps_skinfold_mm, subscapular_skinfold_mm, oedema, reference")]
    [InlineData("""{"sex":"male","age_days":100}""", "weight_kg", "give at least one measurement: weight_kg, height_cm, head_circumference_cm, muac_cm, triceps_skinfold_mm or subscapular_skinfold_mm")]
    [InlineData("""["male",100]""", "arguments", "arguments must be a JSON object")]
    public async Task Growth_errors_name_the_field(string args, string field, string message)
    {
        var ex = await Assert.ThrowsAsync<ClinicalInputException>(() => _catalog.InvokeAsync("growth_assess", Json(args)).AsTask());

        Assert.Equal(field, ex.Field);
        Assert.Equal(message, ex.Message);
        Assert.Equal("invalid_tool_arguments", ex.Code);
        Assert.Equal(400, ex.StatusCode);
    }

    [Theory]
    [InlineData("""{"position":"aortic","thrombogenicity":"low","readings":[{"date":"2025-01-01","inr":"high"}]}""", "readings[0].inr", "readings[0].inr must be a number")]
    [InlineData("""{"position":"aortic","thrombogenicity":"low","readings":[{"date":"2025-01-01"}]}""", "readings[0].inr", "readings[0].inr is required")]
    [InlineData("""{"position":"aortic","thrombogenicity":"low","readings":[{"date":"2025-01-01","inr":2,"note":"x"}]}""", "readings[0].note", "unknown argument \"readings[0].note\"; the arguments are: date, inr")]
    [InlineData("""{"position":"aortic","thrombogenicity":"low","readings":[]}""", "readings", "readings is required (one or more {date, inr})")]
    [InlineData("""{"position":"left","thrombogenicity":"low","readings":[{"date":"2025-01-01","inr":2}]}""", "position", "position must be one of \"aortic\", \"mitral\", \"tricuspid\", \"multiple\"")]
    public async Task Nested_errors_carry_the_path(string args, string field, string message)
    {
        var ex = await Assert.ThrowsAsync<ClinicalInputException>(() => _catalog.InvokeAsync("inr_check", Json(args)).AsTask());

        Assert.Equal(field, ex.Field);
        Assert.Equal(message, ex.Message);
    }

    [Fact]
    public async Task A_decimal_questionnaire_answer_is_named()
    {
        var ex = await Assert.ThrowsAsync<ClinicalInputException>(() => _catalog.InvokeAsync("gad7_score", Json("""{"items":[1,1,1,1.5,1,1,1]}""")).AsTask());

        Assert.Equal("items[3]", ex.Field);
        Assert.Equal("items[3] must be a whole number", ex.Message);
    }

    [Fact]
    public void Malformed_JSON_gives_a_position_not_the_text()
    {
        var ex = Assert.Throws<ClinicalInputException>(() => ClinicalToolCatalog.ParseArguments("""{"sex": male}"""));

        Assert.Equal("arguments", ex.Field);
        Assert.Equal("arguments are not valid JSON (line 1, position 9)", ex.Message);
    }

    [Fact]
    public async Task Free_text_in_an_unknown_argument_name_is_not_echoed()
    {
        var ex = await Assert.ThrowsAsync<ClinicalInputException>(() =>
            _catalog.InvokeAsync("growth_assess", Json("""{"sex":"male","age_days":100,"weight_kg":5,"my child has a rash":1}""")).AsTask());

        Assert.DoesNotContain("rash", ex.Message, StringComparison.Ordinal);
    }

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();
}
