namespace AgentHost.Endpoints.Widget;

/// <summary>
/// The <c>notice</c> event: text the package adds to an answer (<c>ai_disclosure</c>, <c>break_reminder</c>), sent
/// apart from the model's tokens so the widget can show it as a notice.
/// </summary>
public sealed record WidgetNotice(string Kind, string Text);
