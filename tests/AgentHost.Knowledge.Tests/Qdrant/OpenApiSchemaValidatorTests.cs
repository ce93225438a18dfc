using System.Text.Json.Nodes;

namespace AgentHost.Knowledge.Tests.Qdrant;

public sealed class OpenApiSchemaValidatorTests
{
    private static readonly OpenApiSchemaValidator _spec = OpenApiSchemaValidator.LoadQdrant();

    [Theory]
    [InlineData("""{"filter":{"must":[{"key":"collection","match":{"value":"valve"}}]},"exact":true}""")]
    [InlineData("""{}""")]
    public void Valid_count_requests_pass(string json) =>
        Assert.Empty(_spec.Validate(JsonNode.Parse(json), _spec.Component("CountRequest")));

    [Theory]
    [InlineData("""{"filter":{"must":[{"key":"collection","match":{"value":"valve"}}],"bogus":1}}""", "unexpected property bogus")]
    [InlineData("""{"exact":"yes"}""", "expected boolean")]
    [InlineData("""{"filter":{"must":[{"match":{"value":"valve"}}]}}""", "matches none of anyOf")]
    public void Invalid_count_requests_fail_with_a_reason(string json, string reason)
    {
        var errors = _spec.Validate(JsonNode.Parse(json), _spec.Component("CountRequest"));
        Assert.Contains(errors, e => e.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Enums_refs_and_nullable_only_alternatives_are_enforced()
    {
        Assert.Empty(_spec.Validate(JsonNode.Parse("""{"modifier":"idf"}"""), _spec.Component("SparseVectorParams")));
        Assert.Empty(_spec.Validate(JsonNode.Parse("""{"modifier":null}"""), _spec.Component("SparseVectorParams")));
        Assert.NotEmpty(_spec.Validate(JsonNode.Parse("""{"modifier":"bm25"}"""), _spec.Component("SparseVectorParams")));
        Assert.NotEmpty(_spec.Validate(JsonNode.Parse("""{"size":0,"distance":"Cosine"}"""), _spec.Component("VectorParams")));
        Assert.Contains("$: missing required property distance", _spec.Validate(JsonNode.Parse("""{"size":4}"""), _spec.Component("VectorParams")));
        Assert.NotEmpty(_spec.Validate(JsonNode.Parse("""{"id":"not-a-uuid","vector":[1.0]}"""), _spec.Component("PointStruct")));
        Assert.NotEmpty(_spec.Validate(JsonNode.Parse("""{"indices":[-1],"values":[1.0]}"""), _spec.Component("SparseVector")));
    }
}
