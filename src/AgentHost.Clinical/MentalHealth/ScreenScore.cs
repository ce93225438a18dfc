namespace AgentHost.Clinical.MentalHealth;

/// <summary>A sub-score with its cut-off, e.g. PHQ-2 ≥ 3.</summary>
public sealed record ScreenScore(int Score, int Cutoff, bool Positive);
