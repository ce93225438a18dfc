namespace AgentHost.Clinical;

/// <summary>A red flag, referral trigger or safety action: a stable code plus a sentence for the clinician.</summary>
public sealed record ClinicalFlag(string Code, string Message);
