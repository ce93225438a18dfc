using System.Text.Json.Nodes;

namespace AgentHost.Clinical.MentalHealth;

/// <summary>Validates the item answers of a 0–3 questionnaire (PHQ-9, GAD-7).</summary>
internal static class QuestionnaireItems
{
    public static int[] Validate(IReadOnlyList<int?>? items, int count)
    {
        if (items is null)
        {
            throw new ClinicalInputException("items", $"items is required ({count} answers, each 0–3)");
        }

        if (items.Count != count)
        {
            throw new ClinicalInputException("items", $"items must have {count} answers, each 0–3 (got {items.Count})");
        }

        return items.Select((answer, i) => InputGuard.Score(answer, $"items[{i}]", 0, 3)).ToArray();
    }

    public static void RefineSchema(JsonObject schema, int count)
    {
        var items = schema["properties"]!["items"]!.AsObject();
        items["minItems"] = count;
        items["maxItems"] = count;
        items["items"] = new JsonObject { ["type"] = "integer", ["minimum"] = 0, ["maximum"] = 3 };
    }
}
