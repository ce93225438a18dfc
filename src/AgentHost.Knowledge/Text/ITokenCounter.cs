namespace AgentHost.Knowledge.Text;

/// <summary>Counts model tokens for chunk sizing.</summary>
public interface ITokenCounter
{
    int CountTokens(string text);
}
