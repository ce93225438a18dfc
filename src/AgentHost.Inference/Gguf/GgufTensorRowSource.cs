namespace AgentHost.Inference.Gguf;

/// <summary>
/// Fills one row (<c>Shape[0]</c> values) of a tensor that <see cref="GgufWriter"/> is writing. Rows are asked for
/// in any order and from several threads at once, so the values must depend on <paramref name="rowIndex"/> only.
/// </summary>
/// <param name="rowIndex">The row, counting all dimensions after the first: 0 to element count / <c>Shape[0]</c> - 1.</param>
/// <param name="row">Where to write the row's values.</param>
public delegate void GgufTensorRowSource(long rowIndex, Span<float> row);
