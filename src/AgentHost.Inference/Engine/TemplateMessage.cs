namespace AgentHost.Inference.Engine;

/// <summary>One message for a chat template: role (system, user, assistant, tool) and text.</summary>
public sealed record TemplateMessage(string Role, string Content);
