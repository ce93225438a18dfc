namespace AgentHost.Agents.Safety;

/// <summary>A number an escalation tells the patient to call: <c>emergency</c> (120), <c>crisis</c> (12356) or <c>police</c> (110).</summary>
public sealed record Hotline(string Kind, string Number);
