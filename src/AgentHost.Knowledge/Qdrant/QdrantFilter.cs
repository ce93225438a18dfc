using System.Text.Json.Nodes;

namespace AgentHost.Knowledge.Qdrant;

/// <summary>Builds Qdrant <c>Filter</c> objects: exact keyword matches that must (or must not) hold.</summary>
public static class QdrantFilter
{
    public static JsonObject Match(IEnumerable<(string Key, string Value)> must, IEnumerable<(string Key, string Value)>? mustNot = null)
    {
        var filter = new JsonObject { ["must"] = Conditions(must) };
        if (mustNot is not null)
        {
            filter["must_not"] = Conditions(mustNot);
        }

        return filter;
    }

    private static JsonArray Conditions(IEnumerable<(string Key, string Value)> conditions) =>
        new(conditions.Select(c => (JsonNode)new JsonObject { ["key"] = c.Key, ["match"] = new JsonObject { ["value"] = c.Value } }).ToArray());
}
