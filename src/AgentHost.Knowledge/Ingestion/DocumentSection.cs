namespace AgentHost.Knowledge.Ingestion;

/// <summary>The text under one heading; <see cref="SectionPath"/> joins the headings above it with " > ".</summary>
public sealed record DocumentSection(string SectionPath, string Text);
